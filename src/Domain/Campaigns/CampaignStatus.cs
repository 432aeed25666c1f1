namespace ContactCentre.Domain.Campaigns;

/// <summary>A campaign's life: draft → scheduled → sending → completed (or cancelled at any point before completion).</summary>
public enum CampaignStatus
{
    Draft,
    Scheduled,
    Sending,
    Completed,
    Cancelled,
}
