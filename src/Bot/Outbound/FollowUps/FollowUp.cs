namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>
/// The bot's claim on one due schedule (its id is the key): written, with the message's outbox row, in one
/// transaction before anything is sent, so a follow-up goes once across restarts and nodes.
/// </summary>
public sealed class FollowUp
{
    public required string ScheduleId { get; init; }
    public required string CustomerId { get; init; }
    public required string Channel { get; init; }
    public required string Address { get; init; }
    public FollowUpStatus Status { get; set; } = FollowUpStatus.Sent;

    /// <summary>The conversation the question was written in; its interaction is the contact's history entry (R1).</summary>
    public string? ConversationId { get; set; }

    public Guid? OutboxMessageId { get; set; }
    public required DateTimeOffset ClaimedAt { get; init; }

    /// <summary>Until when an answer counts: the end of the schedule's due day (R5: it counts while today ≤ due).</summary>
    public required DateTimeOffset AnswerBy { get; init; }

    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnswerConversationId { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it was not sent, or how it ended.</summary>
    public string? Note { get; set; }
}
