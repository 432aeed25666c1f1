namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A product of the scenario's catalogue (<c>world.products[]</c>).</summary>
public sealed record ScenarioProduct
{
    /// <summary>Unique product code (<c>code:</c>), referenced by schedules, sales and quotes.</summary>
    public required string Code { get; init; }

    /// <summary>Display name (<c>name:</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Unit the price applies to (<c>unit:</c>), e.g. <c>advogado</c>; null when omitted.</summary>
    public string? Unit { get; init; }

    /// <summary>Unit price (<c>price:</c>), at most two decimals.</summary>
    public required decimal Price { get; init; }

    /// <summary>Other names customers use for the product (<c>synonyms:</c>).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
