using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Knowledge;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>The entities of a scenario's world, ready to be added to a fresh store.</summary>
public sealed record ScenarioSeed(
    IReadOnlyList<Agent> Agents,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<Schedule> Schedules,
    IReadOnlyList<KnowledgeEntry> Knowledge);

/// <summary>Turns a parsed scenario into the product's settings and entities; what the product refuses is a format error.</summary>
public static class ScenarioWorldFactory
{
    /// <summary>The name <c>flow:</c> may use for the product's own default flow.</summary>
    public const string DefaultFlowName = "default";

    /// <summary>Checks everything the parser could not (contacts, parameters, flow file) and builds the settings.</summary>
    /// <exception cref="ScenarioFormatException">Something in the scenario is not acceptable to the product.</exception>
    public static PreparedScenario Prepare(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var routing = Routing(scenario);
        var flow = Flow(scenario);
        _ = Seed(scenario, routing.Parameters); // validates contact points and names; rebuilt fresh for the run
        return new PreparedScenario { Scenario = scenario, Routing = routing, Flow = flow };
    }

    /// <summary>Fresh (untracked) entities for one run of the scenario.</summary>
    public static ScenarioSeed Seed(Scenario scenario, RoutingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        var world = scenario.World;
        var agents = world.Agents.Select(a => new Agent
        {
            Id = a.Id,
            Name = a.Name,
            Team = WireNames.TryParseTeam(a.Team, out var team) ? team : throw Error(scenario, "team", $"world.agents[{a.Id}]: unknown team '{a.Team}'"),
            Status = WireNames.TryParseStatus(a.Status, out var status) ? status : throw Error(scenario, "status", $"world.agents[{a.Id}]: unknown status '{a.Status}'"),
            MaxConcurrentConversations = parameters.MaxConcurrentConversations,
        }).ToList();

        var products = world.Products.Select(p => new Product
        {
            Code = p.Code,
            Name = p.Name,

            // The contract's unit is optional, the catalogue's is not: the product's own name stands in.
            Unit = p.Unit ?? p.Name.ToLowerInvariant(),
            UnitPrice = p.Price,
            Synonyms = [.. p.Synonyms],
        }).ToList();

        var customers = new List<Customer>();
        var invoices = new List<Invoice>();
        var schedules = new List<Schedule>();
        foreach (var c in world.Customers)
        {
            var customer = new Customer
            {
                Id = c.Id,
                Name = c.Name ?? c.Id,
                OwnerAgentId = c.Owner,
                Campaign = c.Campaign,
                CreatedAt = scenario.Now,
            };
            foreach (var phone in c.Phones)
            {
                customer.AddContact(Contact(scenario, c, "phones", ContactKind.Phone, phone));
            }

            foreach (var email in c.Emails)
            {
                customer.AddContact(Contact(scenario, c, "emails", ContactKind.Email, email));
            }

            if (c.Document is { } document)
            {
                customer.AddContact(Contact(scenario, c, "document", ContactKind.Document, document));
            }

            if (c.Status == "inactive")
            {
                customer.Status = CustomerStatus.Inactive;
                if (c.Inactivation is { } inactivation)
                {
                    if (inactivation.Kind == "manual" && inactivation.By is null)
                    {
                        throw Error(scenario, "by", $"world.customers[{c.Id}].inactivation: a manual inactivation needs 'by: AGENT' (R11)");
                    }

                    customer.Inactivation = new Inactivation(
                        inactivation.Kind == "manual" ? InactivationKind.Manual : InactivationKind.Automatic, inactivation.By, inactivation.At);
                }
            }

            customers.Add(customer);
            invoices.AddRange(c.Invoices.Select(i => new Invoice
            {
                Number = i.Number,
                CustomerId = c.Id,
                Amount = i.Amount,
                Due = i.Due,
                Status = i.Status == "paid" ? InvoiceStatus.Paid : InvoiceStatus.Open,
                PaymentLine = DemoPayments.BoletoLine(i.Number, i.Amount),
                PixCode = DemoPayments.Pix(i.Number, i.Amount),
            }));
            schedules.AddRange(c.Schedules.Select(s => new Schedule
            {
                Id = s.Id,
                CustomerId = c.Id,
                Owner = WireNames.TryParseTeam(s.Owner, out var team) && ScenarioVocabulary.Teams.Contains(s.Owner)
                    ? ScheduleOwner.OfTeam(team)
                    : ScheduleOwner.OfAgent(s.Owner),
                Tag = ScheduleTags.TryParse(s.Tag, out var tag) ? tag : throw Error(scenario, "tag", $"schedule {s.Id}: unknown tag '{s.Tag}'"),
                ProductCode = s.Product,
                Created = s.Created,
                Due = s.Due,
                Validated = s.Validated,
            }));
        }

        // R16: the knowledge base the bot answers support questions from.
        var knowledge = world.Knowledge.Select(k => new KnowledgeEntry { Id = Guid.NewGuid(), Examples = [.. k.Examples], Answer = k.Answer }).ToList();
        return new ScenarioSeed(agents, products, customers, invoices, schedules, knowledge);
    }

    private static RoutingSettings Routing(Scenario scenario)
    {
        RoutingParameters parameters;
        try
        {
            parameters = RoutingParameters.Default.With(scenario.World.Parameters);
        }
        catch (ArgumentException e)
        {
            throw Error(scenario, "parameters", $"world.parameters: {e.Message}");
        }

        // Listed holidays add to the national ones (which the product applies when none are configured).
        IReadOnlyList<DateOnly>? holidays = null;
        if (scenario.World.Holidays.Count > 0)
        {
            var year = TimeZoneInfo.ConvertTime(scenario.Now, ScenarioParser.DefaultTimeZone).Year;
            holidays = [.. BrazilianHolidays.ForYears(year - 1, year, year + 1, year + 2).Concat(scenario.World.Holidays).Distinct().Order()];
        }

        return new RoutingSettings { Parameters = parameters, TimeZone = ScenarioParser.DefaultTimeZone, Holidays = holidays };
    }

    private static ScenarioFlow? Flow(Scenario scenario)
    {
        if (scenario.Flow is null)
        {
            return null;
        }

        // The path as written, or with the flow files' extension left out ("flow: drafts/new" → drafts/new.flow.yaml).
        var candidates = scenario.FlowPath is { } path ? new[] { path, path + ".flow.yaml", path + ".flow.yml" } : [];
        var file = candidates.FirstOrDefault(f => File.Exists(f) && !string.Equals(Path.GetFullPath(f), Path.GetFullPath(scenario.SourceFile), StringComparison.Ordinal));
        if (file is null)
        {
            if (string.Equals(scenario.Flow, DefaultFlowName, StringComparison.OrdinalIgnoreCase))
            {
                return null; // the product's default flow
            }

            throw Error(scenario, "flow", $"flow '{scenario.Flow}': no such flow file (looked for {string.Join(", ", candidates)})");
        }

        try
        {
            return ScenarioFlow.Load(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw Error(scenario, "flow", $"flow '{scenario.Flow}' ({file}) cannot be read: {e.Message}");
        }
    }

    private static ContactPoint Contact(Scenario scenario, ScenarioCustomer customer, string key, ContactKind kind, string raw)
    {
        try
        {
            return ContactPoint.From(kind, raw);
        }
        catch (ArgumentException e)
        {
            // A CPF/CNPJ is personal data (LGPD): named by its key, never echoed.
            var value = kind == ContactKind.Document ? "the value" : $"'{raw}'";
            throw Error(scenario, key, $"world.customers[{customer.Id}].{key}: {value} is not accepted: {e.Message}");
        }
    }

    private static ScenarioFormatException Error(Scenario scenario, string key, string problem) =>
        new(scenario.SourceFile, scenario.SourceLine, 1, key, $"scenario '{scenario.Name}': {problem}");
}
