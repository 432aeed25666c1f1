namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The ids declared in a scenario's world; rejects duplicates and checks references.</summary>
internal sealed class WorldIndex
{
    private readonly IdSet agents = new("agent id", "agents", "world.agents");
    private readonly IdSet products = new("product code", "products", "world.products");
    private readonly IdSet customers = new("customer id", "customers", "world.customers");
    private readonly IdSet invoices = new("invoice number", "invoices", "world.customers[].invoices");
    private readonly IdSet schedules = new("schedule id", "schedules", "world.customers[].schedules");

    /// <summary>Reads and registers an agent id (unique, not a team name).</summary>
    public string DeclareAgent(YamlField field)
    {
        var id = field.Text();
        if (ScenarioVocabulary.Teams.Contains(id.ToLowerInvariant()))
        {
            throw field.Fail($"agent id '{id}' is a team name; pick another id so owners stay unambiguous");
        }

        return agents.Declare(field, id);
    }

    /// <summary>Reads and registers a product code.</summary>
    public string DeclareProduct(YamlField field) => products.Declare(field, field.Text());

    /// <summary>Reads and registers a customer id.</summary>
    public string DeclareCustomer(YamlField field) => customers.Declare(field, field.Text());

    /// <summary>Reads and registers an invoice number.</summary>
    public string DeclareInvoice(YamlField field) => invoices.Declare(field, field.Text());

    /// <summary>Reads and registers a schedule id.</summary>
    public string DeclareSchedule(YamlField field) => schedules.Declare(field, field.Text());

    /// <summary>True when <paramref name="id"/> is a declared agent id.</summary>
    public bool IsAgent(string id) => agents.Contains(id);

    /// <summary>Reads a declared agent id.</summary>
    public string Agent(YamlField field) => agents.Reference(field, field.Text());

    /// <summary>Reads a declared product code.</summary>
    public string Product(YamlField field) => products.Reference(field, field.Text());

    /// <summary>Reads a declared invoice number.</summary>
    public string Invoice(YamlField field) => invoices.Reference(field, field.Text());

    /// <summary>Reads a declared schedule id.</summary>
    public string Schedule(YamlField field) => schedules.Reference(field, field.Text());

    /// <summary>Reads a team name (returned lower case) or a declared agent id.</summary>
    public string AgentOrTeam(YamlField field)
    {
        var text = field.Text();
        var lower = text.ToLowerInvariant();
        if (ScenarioVocabulary.Teams.Contains(lower))
        {
            return lower;
        }

        if (agents.Contains(text))
        {
            return text;
        }

        var suggestion = KeySuggester.Closest(text, agents.Ids.Concat(ScenarioVocabulary.Teams));
        var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        throw field.Fail(
            $"unknown agent or team '{text}'; {agents.DeclaredList()}; teams: {string.Join(", ", ScenarioVocabulary.Teams)}{hint}");
    }

    private sealed class IdSet(string what, string plural, string where)
    {
        private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

        public IEnumerable<string> Ids => lines.Keys;

        public bool Contains(string id) => lines.ContainsKey(id);

        public string Declare(YamlField field, string id)
        {
            if (lines.TryGetValue(id, out var line))
            {
                throw field.Fail($"duplicate {what} '{id}' (already declared on line {line})");
            }

            lines.Add(id, (int)field.Value.Start.Line);
            return id;
        }

        public string Reference(YamlField field, string id)
        {
            if (Contains(id))
            {
                return id;
            }

            var suggestion = KeySuggester.Closest(id, Ids);
            var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
            throw field.Fail($"unknown {what.Split(' ')[0]} '{id}'; {DeclaredList()}{hint}");
        }

        public string DeclaredList() => lines.Count == 0
            ? $"no {plural} are declared in {where}"
            : $"declared {plural}: {string.Join(", ", Ids)}";
    }
}
