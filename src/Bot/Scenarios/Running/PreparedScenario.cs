using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>
/// A parsed scenario checked against what the product accepts (contact points, rule parameters, the flow
/// file), so that every problem is reported before anything runs.
/// </summary>
public sealed record PreparedScenario
{
    /// <summary>The parsed scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Rule parameters (defaults plus <c>world.parameters</c>), the Sao Paulo zone and the holidays.</summary>
    public required RoutingSettings Routing { get; init; }

    /// <summary>The flow named by <c>flow:</c>, or null for the product's default flow.</summary>
    public ScenarioFlow? Flow { get; init; }
}
