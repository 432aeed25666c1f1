namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// One inbound media file (image, document, voice note), registered with its message and downloaded from
/// Twilio in the background; the transcript's attachment points at our copy, so agents see and play it.
/// </summary>
public sealed class WhatsAppMedia
{
    public required Guid Id { get; init; }

    /// <summary>The inbound message (MessageSid) and the media's position in it (MediaUrl{N}).</summary>
    public required string MessageSid { get; init; }

    public required int Index { get; init; }

    /// <summary>Twilio's MediaUrl{N}: fetched with the account's credentials, only from Twilio's hosts.</summary>
    public required string SourceUrl { get; init; }

    public required string ContentType { get; init; }
    public WhatsAppMediaStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public byte[]? Content { get; set; }
    public long? Size { get; set; }
    public string? LastError { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StoredAt { get; set; }
}
