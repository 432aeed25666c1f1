using System.Text.Json;
using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Outbound.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.Subject).HasMaxLength(300);
        builder.Property(c => c.ContentSid).HasMaxLength(64);
        builder.Property(c => c.TemplatePurpose).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(320);
        builder.Property(c => c.DiscountPercent).HasPrecision(5, 2);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Segment)
            .HasConversion(s => JsonSerializer.Serialize(s, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<CampaignSegment>(s, JsonSerializerOptions.Web)!)
            .Metadata.SetValueComparer(new ValueComparer<CampaignSegment>((a, b) => a == b, s => s.GetHashCode(), s => s));
        builder.HasIndex(c => new { c.Status, c.StartAt });
    }
}
