using ContactCentre.Domain.Campaigns;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>A campaign as the API returns it, with its counts.</summary>
public sealed record CampaignView(
    Guid Id,
    string Name,
    string Channel,
    string Status,
    CampaignSegment Segment,
    string Text,
    string? Subject,
    string? ContentSid,
    decimal? DiscountPercent,
    DateTimeOffset? StartAt,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? CompletedAt,
    CampaignCounts Counts);

/// <summary>
/// Audience: recipients fixed at the start. Queued: handed to the outbox. Sent/delivered/read/failed: the outbox's
/// statuses (delivered and read from WhatsApp's callbacks; e-mail stops at sent). Replied: answered on the channel.
/// Converted: a sale within the attribution window.
/// </summary>
public sealed record CampaignCounts(int Audience, int Pending, int Queued, int Skipped, int Sent, int Delivered, int Read, int Failed, int Replied, int Converted);

/// <summary>The preview: how many, a sample, who is left out and why, and the estimated cost.</summary>
public sealed record CampaignPreview(string Channel, int Count, IReadOnlyList<AudienceMember> Sample, int OptedOut, int Unreachable, int SharedAddress,
    decimal CostPerMessage, decimal EstimatedCost);

/// <summary>One recipient, for the campaign's list.</summary>
public sealed record RecipientView(string CustomerId, string Address, string State, string? SkipReason, DateTimeOffset? QueuedAt, string? OutboxStatus,
    DateTimeOffset? RepliedAt, string? ConversationId);
