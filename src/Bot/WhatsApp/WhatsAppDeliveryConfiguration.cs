using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.WhatsApp;

internal sealed class WhatsAppDeliveryConfiguration : IEntityTypeConfiguration<WhatsAppDelivery>
{
    public void Configure(EntityTypeBuilder<WhatsAppDelivery> builder)
    {
        builder.ToTable("WhatsAppDeliveries");
        builder.HasKey(d => d.MessageSid);
        builder.Property(d => d.MessageSid).HasMaxLength(64);
        builder.Property(d => d.Status).HasMaxLength(32);
        builder.Property(d => d.ErrorCode).HasMaxLength(16);

        // Every callback bumps it: a writer that read an older state conflicts instead of overwriting.
        builder.Property(d => d.Callbacks).IsConcurrencyToken();
        builder.HasIndex(d => d.Applied);
        builder.HasIndex(d => d.OutboxId);
    }
}
