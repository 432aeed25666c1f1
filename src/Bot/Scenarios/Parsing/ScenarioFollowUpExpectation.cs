namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// <c>expect.follow_up</c>: the bot's follow-up of the customer's sales-queue schedule is in this status after the turn
/// (<c>sent</c>, <c>answered</c>, <c>unanswered</c> — which also requires its contact logged without answer (R1) and its
/// schedule ended (R5) — or <c>skipped</c>), on this channel when given.
/// </summary>
public sealed record ScenarioFollowUpExpectation
{
    /// <summary>The values <see cref="Status"/> may take.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["sent", "answered", "unanswered", "skipped"];

    /// <summary><c>status</c>.</summary>
    public required string Status { get; init; }

    /// <summary><c>channel</c>, or null for any.</summary>
    public string? Channel { get; init; }
}
