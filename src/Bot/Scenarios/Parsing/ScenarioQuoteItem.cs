namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>An item of <c>expect.quote.items</c>.</summary>
public sealed record ScenarioQuoteItem
{
    /// <summary>A declared product code.</summary>
    public required string Product { get; init; }

    /// <summary>The quantity, or null when the item may have any quantity.</summary>
    public int? Quantity { get; init; }
}
