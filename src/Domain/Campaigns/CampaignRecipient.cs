namespace ContactCentre.Domain.Campaigns;

/// <summary>
/// One customer of a campaign's audience. Unique per (campaign, customer) and per (campaign, address), and
/// written before anything is sent: a restart, a second node or a second dispatch finds it and sends nothing more.
/// </summary>
public sealed class CampaignRecipient
{
    public required Guid Id { get; init; }
    public required Guid CampaignId { get; init; }
    public required string CustomerId { get; init; }
    public required string Address { get; init; }
    public RecipientState State { get; set; } = RecipientState.Pending;

    /// <summary>The conversation the message was written in (transcript, interaction) and the outbox row carrying it.</summary>
    public string? ConversationId { get; set; }

    public Guid? OutboxMessageId { get; set; }
    public DateTimeOffset? QueuedAt { get; set; }

    /// <summary>Why a recipient was skipped (opted out after the audience was fixed, no longer reachable).</summary>
    public string? SkipReason { get; set; }

    /// <summary>The customer answered: the conversation that carries the campaign (R13's discount).</summary>
    public string? ReplyConversationId { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }
}
