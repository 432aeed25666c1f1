namespace ContactCentre.Bot.Outbox;

/// <summary>An outbound activity waiting for, or past, its send. Written in the turn's transaction.</summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public required string Channel { get; init; }

    /// <summary>The customer's address on the channel.</summary>
    public required string Recipient { get; init; }

    /// <summary>The activity to send, as JSON.</summary>
    public required string ActivityJson { get; init; }

    /// <summary>The inbound message this answers, if any (for exactly-once accounting).</summary>
    public string? ReplyToProviderId { get; init; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While Sending: until when this node owns the send; after it, another sender may retry.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
    public string? ErrorCode { get; set; }
    public DateTimeOffset? StatusAt { get; set; }
}
