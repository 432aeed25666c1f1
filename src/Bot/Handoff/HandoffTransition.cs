namespace ContactCentre.Bot.Handoff;

/// <summary>A change of who holds a conversation, with who did it and when: no handoff is ever orphaned unseen.</summary>
public sealed class HandoffTransition
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>"bot", "system" (timeouts) or the agent id who acted.</summary>
    public required string Actor { get; init; }

    public required string Reason { get; init; }
}
