using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.WebChat;

internal sealed class DirectLineActivityEntryConfiguration : IEntityTypeConfiguration<DirectLineActivityEntry>
{
    public void Configure(EntityTypeBuilder<DirectLineActivityEntry> builder)
    {
        builder.ToTable("DirectLineActivities");
        builder.HasKey(a => new { a.ConversationId, a.Sequence });
        builder.Property(a => a.ConversationId).HasMaxLength(64);
        builder.Property(a => a.ActivityId).HasMaxLength(200);
        builder.Property(a => a.ClientActivityId).HasMaxLength(128);

        // The idempotency of appends: an outbox retry (same id) or a client retry (same clientActivityID) fails here.
        builder.HasIndex(a => new { a.ConversationId, a.ActivityId }).IsUnique();
        builder.HasIndex(a => new { a.ConversationId, a.ClientActivityId }).IsUnique();
        builder.HasIndex(a => a.Pending);
        builder.HasOne<DirectLineConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
