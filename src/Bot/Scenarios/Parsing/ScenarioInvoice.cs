namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>An invoice of a customer (<c>invoices[]</c>).</summary>
public sealed record ScenarioInvoice
{
    /// <summary>Invoice number (<c>number:</c>), unique across the world.</summary>
    public required string Number { get; init; }

    /// <summary>Amount (<c>amount:</c>), at most two decimals.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Due date (<c>due:</c>).</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Lower case: one of <see cref="ScenarioVocabulary.InvoiceStatuses"/>; <c>open</c> when omitted.</summary>
    public required string Status { get; init; }
}
