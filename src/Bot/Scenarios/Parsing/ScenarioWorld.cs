using System.Collections.ObjectModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The small world a scenario runs in (<c>world:</c>).</summary>
public sealed record ScenarioWorld
{
    /// <summary>An empty world.</summary>
    public static ScenarioWorld Empty { get; } = new();

    /// <summary>Products (<c>world.products</c>), codes unique.</summary>
    public IReadOnlyList<ScenarioProduct> Products { get; init; } = [];

    /// <summary>Agents (<c>world.agents</c>), ids unique.</summary>
    public IReadOnlyList<ScenarioAgent> Agents { get; init; } = [];

    /// <summary>Customers (<c>world.customers</c>), ids unique.</summary>
    public IReadOnlyList<ScenarioCustomer> Customers { get; init; } = [];

    /// <summary>Knowledge-base answers (<c>world.knowledge</c>).</summary>
    public IReadOnlyList<ScenarioKnowledge> Knowledge { get; init; } = [];

    /// <summary>Rule parameters (<c>world.parameters</c>), values as written (e.g. <c>offerTimeout: 60s</c>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Holidays (<c>world.holidays</c>).</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
}
