namespace ContactCentre.Domain.Campaigns;

/// <summary>
/// Who a campaign is for. Every criterion given must hold (AND); none given means every reachable
/// customer. Opted-out customers and those the channel cannot reach are never in any segment.
/// </summary>
public sealed record CampaignSegment
{
    /// <summary>Inactive (manually or automatically) for more than this many calendar days (R11's window has passed, so anyone may re-contract).</summary>
    public int? InactiveForMoreThanDays { get; init; }

    /// <summary>The oldest open invoice is due more than this many years ago (R13's waivable debt).</summary>
    public int? OpenDebtOlderThanYears { get; init; }

    /// <summary>Bought (holds) this product: a closed sale of it.</summary>
    public string? Product { get; init; }

    /// <summary>Has a live (not removed) schedule with this tag.</summary>
    public string? ScheduleTag { get; init; }

    /// <summary>Only active customers (true), only inactive (false), or both (null).</summary>
    public bool? Active { get; init; }
}
