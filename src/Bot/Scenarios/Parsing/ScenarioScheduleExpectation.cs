namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.schedule_created</c>: a schedule created in a turn.</summary>
public sealed record ScenarioScheduleExpectation
{
    /// <summary><c>tag</c>: lower case, one of <see cref="ScenarioVocabulary.ScheduleTags"/>.</summary>
    public required string Tag { get; init; }

    /// <summary><c>due</c>: compared by calendar day.</summary>
    public required DateOnly Due { get; init; }

    /// <summary><c>owner</c>: a declared agent id or a team, or null unchecked.</summary>
    public string? Owner { get; init; }
}
