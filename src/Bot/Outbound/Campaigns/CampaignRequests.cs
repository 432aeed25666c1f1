using System.ComponentModel;
using ContactCentre.Domain.Campaigns;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>A new campaign: its segment, channel and message.</summary>
public sealed record CreateCampaignRequest
{
    [Description("Name managers see in lists.")]
    public string? Name { get; init; }

    [Description("whatsapp (an approved template) or email (a text with a subject).")]
    public string? Channel { get; init; }

    public SegmentRequest? Segment { get; init; }

    [Description("The message as the customer reads it; {customer} is the customer's name. For WhatsApp, the template's text (kept in the transcript).")]
    public string? Text { get; init; }

    [Description("E-mail subject (e-mail only).")]
    public string? Subject { get; init; }

    [Description("WhatsApp: the approved template's ContentSid (HX…), or give templatePurpose.")]
    public string? ContentSid { get; init; }

    [Description("WhatsApp: a template purpose of the active flow's templates (purpose → ContentSid).")]
    public string? TemplatePurpose { get; init; }

    [Description("WhatsApp template variables, e.g. {\"1\":\"{customer}\"}.")]
    public Dictionary<string, string>? ContentVariables { get; init; }

    [Description("R13: discount in percent for contacts who answer and re-contract with old debt.")]
    public decimal? DiscountPercent { get; init; }

    [Description("Optional: schedule at once for this instant (ISO 8601).")]
    public DateTimeOffset? StartAt { get; init; }
}

/// <summary>Segment criteria; all given must hold.</summary>
public sealed record SegmentRequest
{
    [Description("Inactive for more than N calendar days.")]
    public int? InactiveForMoreThanDays { get; init; }

    [Description("Oldest open invoice due more than N years ago.")]
    public int? OpenDebtOlderThanYears { get; init; }

    [Description("Bought (holds) this product code.")]
    public string? Product { get; init; }

    [Description("Has a live schedule with this tag (venda-com-contato, venda-sem-contato, tratativa-sem-contato, onboarding, suporte).")]
    public string? ScheduleTag { get; init; }

    [Description("true: only active customers; false: only inactive ones.")]
    public bool? Active { get; init; }

    public CampaignSegment ToSegment() => new()
    {
        InactiveForMoreThanDays = InactiveForMoreThanDays,
        OpenDebtOlderThanYears = OpenDebtOlderThanYears,
        Product = string.IsNullOrWhiteSpace(Product) ? null : Product.Trim(),
        ScheduleTag = string.IsNullOrWhiteSpace(ScheduleTag) ? null : ScheduleTag.Trim().ToLowerInvariant(),
        Active = Active,
    };
}

/// <summary>Audience preview for a segment on a channel (before creating a campaign).</summary>
public sealed record PreviewRequest(string? Channel, SegmentRequest? Segment);

/// <summary>When to start sending.</summary>
public sealed record ScheduleCampaignRequest(DateTimeOffset? StartAt);
