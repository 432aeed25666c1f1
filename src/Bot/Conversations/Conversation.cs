namespace ContactCentre.Bot.Conversations;

/// <summary>
/// An atendimento: from the customer's first message until closed or idle. Holds who attends it, the
/// dialog state (JSON) and an optimistic concurrency token, so two writers never silently overwrite
/// each other.
/// </summary>
public sealed class Conversation
{
    public required string Id { get; init; }

    /// <summary>webchat, whatsapp, email, telegram, test.</summary>
    public required string Channel { get; init; }

    /// <summary>The customer's address on the channel (E.164 phone, e-mail, chat id, visitor id).</summary>
    public required string CustomerAddress { get; init; }

    /// <summary>The provider's own conversation key (Direct Line conversation id, mail thread root…).</summary>
    public string? ChannelConversationId { get; set; }

    public string? CustomerId { get; set; }
    public Guid? InteractionId { get; set; }
    public ConversationHolder Holder { get; set; } = ConversationHolder.Bot;
    public string? HolderAgentId { get; set; }
    public string? HolderTeam { get; set; }

    /// <summary>R6: the offer's persisted deadline; the sweeper falls back when it passes.</summary>
    public DateTimeOffset? OfferDeadline { get; set; }

    /// <summary>Where an offer goes when it times out or is declined (a team name).</summary>
    public string? FallbackTeam { get; set; }

    /// <summary>An agent the queue must skip (the owner who let the offer lapse).</summary>
    public string? ExcludedAgentId { get; set; }

    /// <summary>Why the conversation was handed off (routing decision reason).</summary>
    public string? HandoffReason { get; set; }

    /// <summary>Transcript lines so far; the next line's sequence is this plus one.</summary>
    public int TranscriptCount { get; set; }

    /// <summary>Dialog stack and variables, serialised by the dialog engine.</summary>
    public string StateJson { get; set; } = "{}";

    public string Language { get; set; } = "pt-BR";
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The customer's last message: WhatsApp's 24-hour window starts here.</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedReason { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save by the store.</summary>
    public long Version { get; set; }

    public bool IsOpen => ClosedAt is null;
}
