using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.WhatsApp;

internal sealed class WhatsAppMediaConfiguration : IEntityTypeConfiguration<WhatsAppMedia>
{
    public void Configure(EntityTypeBuilder<WhatsAppMedia> builder)
    {
        builder.ToTable("WhatsAppMedia");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageSid).HasMaxLength(64);
        builder.Property(m => m.SourceUrl).HasMaxLength(2048);
        builder.Property(m => m.ContentType).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.MessageSid, m.Index }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
