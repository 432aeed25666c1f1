using ContactCentre.Bot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.ConversationId).HasMaxLength(64);
        builder.Property(o => o.Channel).HasMaxLength(16);
        builder.Property(o => o.Recipient).HasMaxLength(320);
        builder.Property(o => o.ReplyToProviderId).HasMaxLength(300);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ProviderMessageId).HasMaxLength(100);
        builder.Property(o => o.ErrorCode).HasMaxLength(32);
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => o.ProviderMessageId);
        builder.HasIndex(o => o.ConversationId);
    }
}
