namespace ContactCentre.Channels.Email;

/// <summary>What an inbound mail's activity keeps of its headers: the answer's threading, subject and quote come from here.</summary>
public sealed class EmailChannelData
{
    public string? MessageId { get; init; }
    public string? InReplyTo { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public string? Subject { get; init; }
    public DateTimeOffset? Date { get; init; }
    public string? FromName { get; init; }
    public IReadOnlyList<File> Files { get; init; } = [];

    /// <summary>An attachment as listed in the transcript; <see cref="Stored"/> false when it was too large to keep.</summary>
    public sealed record File(string Name, string ContentType, long Size, bool Stored);
}
