namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// What Twilio's status callbacks said about one outbound message (its MessageSid): the most advanced status,
/// the error code of a failure, and whether the outbox row already shows it. Kept apart from the outbox row
/// because a callback can arrive before the sender has recorded the SID it belongs to.
/// </summary>
public sealed class WhatsAppDelivery
{
    public required string MessageSid { get; init; }

    /// <summary>The outbox row, when the callback URL named it (<c>?m=</c>) or once matched by SID.</summary>
    public Guid? OutboxId { get; set; }

    /// <summary>Twilio's status as sent: queued, sending, sent, delivered, read, failed, undelivered…</summary>
    public required string Status { get; set; }

    public string? ErrorCode { get; set; }
    public int Callbacks { get; set; }
    public required DateTimeOffset FirstAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>False until the outbox row shows this status (the row may not be recorded as sent yet).</summary>
    public bool Applied { get; set; }
}
