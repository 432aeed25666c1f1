using System.Text.Json;

namespace ContactCentre.Channels.Abstractions;

/// <summary>
/// The one message shape every channel maps to and from, modelled on the Bot Framework Activity so
/// Direct Line is almost a pass-through. Immutable; use <c>with</c> to derive.
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;

    /// <summary>The provider's id for inbound activities (MessageSid, update_id, Message-ID…); ours for outbound.</summary>
    public string? Id { get; init; }

    public DateTimeOffset Timestamp { get; init; }
    public required ChannelAccount From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public required ConversationAccount Conversation { get; init; }

    /// <summary>webchat, whatsapp, email, telegram or test.</summary>
    public required string ChannelId { get; init; }

    public string? Text { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Channel-specific extras kept verbatim (Twilio ProfileName, Direct Line clientActivityID…).</summary>
    public JsonElement? ChannelData { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>For events: the event's name (handoff.initiate, handoff.status…) and value.</summary>
    public string? Name { get; init; }

    public JsonElement? Value { get; init; }

    public bool IsMessage => Type == ActivityTypes.Message;
}
