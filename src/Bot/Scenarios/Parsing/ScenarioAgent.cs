namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>An agent of the scenario's world (<c>world.agents[]</c>).</summary>
public sealed record ScenarioAgent
{
    /// <summary>Unique agent id (<c>id:</c>); never a team name.</summary>
    public required string Id { get; init; }

    /// <summary>Display name (<c>name:</c>); the id when omitted.</summary>
    public required string Name { get; init; }

    /// <summary>Team, lower case: one of <see cref="ScenarioVocabulary.Teams"/>.</summary>
    public required string Team { get; init; }

    /// <summary>Status, lower case: one of <see cref="ScenarioVocabulary.AgentStatuses"/>; <c>available</c> when omitted.</summary>
    public required string Status { get; init; }
}
