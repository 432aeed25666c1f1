namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A sale closed by an agent (<c>sell: { product, quantity }</c>).</summary>
public sealed record ScenarioSale
{
    /// <summary>A declared product code.</summary>
    public required string Product { get; init; }

    /// <summary>A positive quantity; 1 when omitted.</summary>
    public required int Quantity { get; init; }
}
