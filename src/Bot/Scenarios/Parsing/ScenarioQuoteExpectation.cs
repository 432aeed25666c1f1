namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.quote</c>: the quote produced in a turn.</summary>
public sealed record ScenarioQuoteExpectation
{
    /// <summary><c>total</c>: the quote's total (at most two decimals), or null unchecked.</summary>
    public decimal? Total { get; init; }

    /// <summary><c>items</c>: items that must all be present (empty when omitted).</summary>
    public IReadOnlyList<ScenarioQuoteItem> Items { get; init; } = [];
}
