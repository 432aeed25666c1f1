namespace ContactCentre.Domain.Campaigns;

/// <summary>
/// A broadcast campaign (campanha de disparo): who (segment), how (channel and message), when (start,
/// inside the send window) and what its contacts get (R13's discount). Recipients are rows of their
/// own, written before anything is sent, so nobody gets the same campaign twice.
/// </summary>
public sealed class Campaign
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }

    /// <summary>whatsapp or email.</summary>
    public required string Channel { get; init; }

    public required CampaignSegment Segment { get; set; }

    /// <summary>The message as the customer reads it (the e-mail body; for WhatsApp, the template's text, kept in the transcript). <c>{customer}</c> is the customer's name.</summary>
    public required string Text { get; set; }

    /// <summary>E-mail subject.</summary>
    public string? Subject { get; set; }

    /// <summary>WhatsApp: the approved content template (ContentSid <c>HX…</c>), directly or through the flow's template purpose.</summary>
    public string? ContentSid { get; set; }

    public string? TemplatePurpose { get; set; }

    /// <summary>WhatsApp template variables as JSON (<c>{"1":"{customer}"}</c>); <c>{customer}</c> is filled per recipient.</summary>
    public string? ContentVariablesJson { get; set; }

    /// <summary>R13: the discount contacts who answer get on a re-contract with old debt.</summary>
    public decimal? DiscountPercent { get; set; }

    public CampaignStatus Status { get; set; } = CampaignStatus.Draft;
    public DateTimeOffset? StartAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>When the audience was fixed (recipients written); later changes to the segment do not apply.</summary>
    public DateTimeOffset? AudienceFixedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Optimistic concurrency: the dispatcher and a manager's cancel never overwrite each other.</summary>
    public long Version { get; set; }

    public bool IsEditable => Status == CampaignStatus.Draft;

    public void Schedule(DateTimeOffset startAt)
    {
        if (Status is not (CampaignStatus.Draft or CampaignStatus.Scheduled))
        {
            throw new InvalidOperationException($"Campaign {Id} is {Status}; only a draft or scheduled campaign can be (re)scheduled.");
        }

        StartAt = startAt;
        Status = CampaignStatus.Scheduled;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status is CampaignStatus.Completed or CampaignStatus.Cancelled)
        {
            throw new InvalidOperationException($"Campaign {Id} is already {Status}.");
        }

        Status = CampaignStatus.Cancelled;
        CancelledAt = now;
    }
}
