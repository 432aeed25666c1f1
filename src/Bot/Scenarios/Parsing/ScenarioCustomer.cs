namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A customer of the scenario's world (<c>world.customers[]</c>).</summary>
public sealed record ScenarioCustomer
{
    /// <summary>Unique customer id (<c>id:</c>, required).</summary>
    public required string Id { get; init; }

    /// <summary>Name (<c>name:</c>), or null.</summary>
    public string? Name { get; init; }

    /// <summary>Phone numbers as written (<c>phones:</c>).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses as written (<c>emails:</c>).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>CPF or CNPJ as written (<c>document:</c>), or null.</summary>
    public string? Document { get; init; }

    /// <summary>Status, lower case: one of <see cref="ScenarioVocabulary.CustomerStatuses"/>; <c>active</c> when omitted.</summary>
    public required string Status { get; init; }

    /// <summary>Responsible salesperson (<c>owner:</c>): a declared agent id, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>How the customer was inactivated (<c>inactivation:</c>, only for inactive customers), or null.</summary>
    public ScenarioInactivation? Inactivation { get; init; }

    /// <summary>Whether the contact came from a broadcast campaign (<c>campaign:</c>, R13); false when omitted.</summary>
    public bool Campaign { get; init; }

    /// <summary>Invoices (<c>invoices:</c>); numbers unique across the world.</summary>
    public IReadOnlyList<ScenarioInvoice> Invoices { get; init; } = [];

    /// <summary>Schedules (<c>schedules:</c>); ids unique across the world.</summary>
    public IReadOnlyList<ScenarioSchedule> Schedules { get; init; } = [];
}
