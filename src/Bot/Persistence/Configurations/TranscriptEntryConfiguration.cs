using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntry>
{
    public void Configure(EntityTypeBuilder<TranscriptEntry> builder)
    {
        builder.ToTable("Transcript");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ConversationId).HasMaxLength(64);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Sender).HasMaxLength(64);
        builder.HasIndex(t => new { t.ConversationId, t.Sequence }).IsUnique();
    }
}
