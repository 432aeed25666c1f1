namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The single action of an agent turn.</summary>
public sealed record ScenarioAgentAction
{
    /// <summary>Which action; tells whether <see cref="Text"/> or <see cref="Sale"/> is set.</summary>
    public required ScenarioAgentActionKind Kind { get; init; }

    /// <summary>The text sent (<see cref="ScenarioAgentActionKind.Say"/> only).</summary>
    public string? Text { get; init; }

    /// <summary>The sale closed (<see cref="ScenarioAgentActionKind.Sell"/> only).</summary>
    public ScenarioSale? Sale { get; init; }
}
