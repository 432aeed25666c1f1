namespace ContactCentre.Bot.Runtime;

/// <summary>One line of a conversation's transcript, bot part included, in order.</summary>
public sealed class TranscriptEntry
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>Position within the conversation (1, 2, …), assigned under the conversation's lock.</summary>
    public required int Sequence { get; init; }

    public required TranscriptKind Kind { get; init; }

    /// <summary>"customer", "bot", or an agent id.</summary>
    public required string Sender { get; init; }

    public string? Text { get; init; }

    /// <summary>The full activity as JSON (attachments, suggested actions, channel data).</summary>
    public required string ActivityJson { get; init; }

    public required DateTimeOffset At { get; init; }
}
