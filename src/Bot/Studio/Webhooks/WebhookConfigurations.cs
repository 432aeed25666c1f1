using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Studio.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.Secret).HasMaxLength(200);
        builder.Property(w => w.CreatedBy).HasMaxLength(320);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.EventId).HasMaxLength(200);
        builder.Property(w => w.Event).HasMaxLength(64);
        builder.Property(w => w.Status).HasMaxLength(16);
        builder.Property(w => w.LastError).HasMaxLength(2000);

        // The feed re-reads a window of recent events: the same event for the same subscription is queued once.
        builder.HasIndex(w => new { w.EventId, w.SubscriptionId }).IsUnique();
        builder.HasIndex(w => new { w.Status, w.NextAttemptAt });
    }
}
