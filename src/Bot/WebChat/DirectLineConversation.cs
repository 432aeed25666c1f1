namespace ContactCentre.Bot.WebChat;

/// <summary>A Direct Line conversation: its user (burnt into its tokens) and the head of its activity log.</summary>
public sealed class DirectLineConversation
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Sequence of the last activity appended; the next one gets this plus one (the watermark).</summary>
    public long LastSequence { get; set; }

    /// <summary>Timestamp given to the last activity; the next is at least 1 ms later, so clients sort by it.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
}
