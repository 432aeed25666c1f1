namespace ContactCentre.Bot.WebChat;

/// <summary>One activity of a Direct Line conversation as clients receive it; (conversation, sequence) is the watermark order.</summary>
public sealed class DirectLineActivityEntry
{
    public required string ConversationId { get; init; }
    public required long Sequence { get; init; }

    /// <summary>The id clients see: "{conversation}|{sequence}" for the customer's activities, the outbox id for replies.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Web Chat's channelData.clientActivityID: a client retry of the same post finds its first copy.</summary>
    public string? ClientActivityId { get; init; }

    public required string Json { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>A customer's message whose turn has not been seen to finish; the recovery sweep runs it.</summary>
    public bool Pending { get; set; }
}
