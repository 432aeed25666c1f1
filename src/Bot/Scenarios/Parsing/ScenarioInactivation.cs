namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>How and when an inactive customer was inactivated (<c>inactivation:</c>).</summary>
public sealed record ScenarioInactivation
{
    /// <summary>Lower case: one of <see cref="ScenarioVocabulary.InactivationKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The declared agent who inactivated the customer (<c>by:</c>), or null.</summary>
    public string? By { get; init; }

    /// <summary>When (<c>at:</c>); a date alone means 00:00 in the configured time zone.</summary>
    public required DateTimeOffset At { get; init; }
}
