using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Outbound.Campaigns;

internal sealed class CampaignRecipientConfiguration : IEntityTypeConfiguration<CampaignRecipient>
{
    public void Configure(EntityTypeBuilder<CampaignRecipient> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CustomerId).HasMaxLength(64);
        builder.Property(r => r.Address).HasMaxLength(320);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ConversationId).HasMaxLength(64);
        builder.Property(r => r.ReplyConversationId).HasMaxLength(64);
        builder.Property(r => r.SkipReason).HasMaxLength(200);

        // Nobody gets the same campaign twice: not the same record, not the same phone/e-mail shared by two records (R4).
        builder.HasIndex(r => new { r.CampaignId, r.CustomerId }).IsUnique();
        builder.HasIndex(r => new { r.CampaignId, r.Address }).IsUnique();
        builder.HasIndex(r => new { r.CampaignId, r.State });
        builder.HasIndex(r => new { r.CustomerId, r.RepliedAt });
    }
}
