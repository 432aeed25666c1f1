using ContactCentre.Bot.Outbound.FollowUps;
using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>Outbound work: follow-up claims (one per schedule), campaigns and their recipients.</summary>
public abstract partial class ContactCentreDbContext
{
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignRecipient> CampaignRecipients => Set<CampaignRecipient>();
}
