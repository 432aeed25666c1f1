namespace ContactCentre.Bot.Email;

/// <summary>
/// A file a customer attached to a mail, kept so agents can open it from the transcript. Its id is
/// derived from the mail's Message-ID and the file's position, so re-reading the mail stores nothing twice.
/// </summary>
public sealed class EmailAttachment
{
    public required Guid Id { get; init; }

    /// <summary>The mail's Message-ID (as keyed in the inbound claim).</summary>
    public required string MessageId { get; init; }

    public required int Index { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required byte[] Content { get; init; }
    public required DateTimeOffset StoredAt { get; init; }
}
