namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads <c>world.customers</c> with their inactivation, invoices and schedules.</summary>
internal static class CustomerReader
{
    private static readonly string[] CustomerKeys =
        ["id", "name", "phones", "emails", "document", "status", "owner", "inactivation", "campaign", "invoices", "schedules"];

    private static readonly string[] InactivationKeys = ["kind", "by", "at"];
    private static readonly string[] InvoiceKeys = ["number", "amount", "due", "status"];
    private static readonly string[] ScheduleKeys = ["id", "owner", "tag", "product", "created", "due", "validated"];

    /// <summary>Reads the customer list; agents and products must already be in <paramref name="index"/>.</summary>
    public static IReadOnlyList<ScenarioCustomer> Customers(YamlField? field, WorldIndex index) =>
        field is null ? [] : field.MapList(CustomerKeys).Select(map => Customer(map, index)).ToList().AsReadOnly();

    private static ScenarioCustomer Customer(YamlMap map, WorldIndex index)
    {
        var id = index.DeclareCustomer(map.Required("id"));
        var status = map.Optional("status")?.OneOf(ScenarioVocabulary.CustomerStatuses) ?? "active";
        var inactivation = map.Optional("inactivation");
        if (inactivation is not null && status != "inactive")
        {
            throw inactivation.Fail("only an inactive customer has an inactivation; add 'status: inactive' or remove it");
        }

        return new ScenarioCustomer
        {
            Id = id,
            Name = map.Optional("name")?.Text(),
            Phones = map.Optional("phones")?.TextList() ?? [],
            Emails = map.Optional("emails")?.TextList() ?? [],
            Document = map.Optional("document")?.Text(),
            Status = status,
            Owner = map.Optional("owner") is { } owner ? index.Agent(owner) : null,
            Inactivation = inactivation is null ? null : Inactivation(inactivation.Map(InactivationKeys), index),
            Campaign = map.Optional("campaign")?.Bool() ?? false,
            Invoices = map.Optional("invoices")?.MapList(InvoiceKeys).Select(m => Invoice(m, index)).ToList().AsReadOnly() ?? [],
            Schedules = map.Optional("schedules")?.MapList(ScheduleKeys).Select(m => Schedule(m, index)).ToList().AsReadOnly() ?? [],
        };
    }

    private static ScenarioInactivation Inactivation(YamlMap map, WorldIndex index) => new()
    {
        Kind = map.Required("kind").OneOf(ScenarioVocabulary.InactivationKinds),
        By = map.Optional("by") is { } by ? index.Agent(by) : null,
        At = map.Required("at").Instant(),
    };

    private static ScenarioInvoice Invoice(YamlMap map, WorldIndex index) => new()
    {
        Number = index.DeclareInvoice(map.Required("number")),
        Amount = map.Required("amount").Money(),
        Due = map.Required("due").Date(),
        Status = map.Optional("status")?.OneOf(ScenarioVocabulary.InvoiceStatuses) ?? "open",
    };

    private static ScenarioSchedule Schedule(YamlMap map, WorldIndex index) => new()
    {
        Id = index.DeclareSchedule(map.Required("id")),
        Owner = index.AgentOrTeam(map.Required("owner")),
        Tag = map.Required("tag").OneOf(ScenarioVocabulary.ScheduleTags),
        Product = map.Optional("product") is { } product ? index.Product(product) : null,
        Created = map.Required("created").Date(),
        Due = map.Required("due").Date(),
        Validated = map.Optional("validated")?.Bool() ?? false,
    };
}
