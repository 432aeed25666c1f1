namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.handoff</c>: who holds the conversation after a turn.</summary>
public sealed record ScenarioHandoffExpectation
{
    /// <summary><c>handoff: none</c>.</summary>
    public static ScenarioHandoffExpectation None { get; } = new() { Target = ScenarioHandoffTarget.None };

    /// <summary>The form used; tells whether <see cref="To"/> or <see cref="Team"/> is set.</summary>
    public required ScenarioHandoffTarget Target { get; init; }

    /// <summary><c>to</c>: a declared agent id (<see cref="ScenarioHandoffTarget.Agent"/> only).</summary>
    public string? To { get; init; }

    /// <summary><c>team</c>: lower case, one of <see cref="ScenarioVocabulary.Teams"/> (<see cref="ScenarioHandoffTarget.Team"/> only).</summary>
    public string? Team { get; init; }

    /// <summary><c>not</c>: a declared agent id that must not hold the conversation (with <c>team</c> only), or null.</summary>
    public string? Not { get; init; }
}
