namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A follow-up schedule of a customer (<c>schedules[]</c>).</summary>
public sealed record ScenarioSchedule
{
    /// <summary>Schedule id (<c>id:</c>), unique across the world.</summary>
    public required string Id { get; init; }

    /// <summary>Owner (<c>owner:</c>): a declared agent id or a team (<see cref="ScenarioVocabulary.Teams"/>).</summary>
    public required string Owner { get; init; }

    /// <summary>Lower case: one of <see cref="ScenarioVocabulary.ScheduleTags"/>.</summary>
    public required string Tag { get; init; }

    /// <summary>A declared product code (<c>product:</c>), or null.</summary>
    public string? Product { get; init; }

    /// <summary>Creation day (<c>created:</c>).</summary>
    public required DateOnly Created { get; init; }

    /// <summary>Due day (<c>due:</c>).</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Whether the schedule was validated (<c>validated:</c>); false when omitted.</summary>
    public bool Validated { get; init; }
}
