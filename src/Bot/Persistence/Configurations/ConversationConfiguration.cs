using ContactCentre.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.CustomerAddress).HasMaxLength(320);
        builder.Property(c => c.ChannelConversationId).HasMaxLength(200);
        builder.Property(c => c.CustomerId).HasMaxLength(64);
        builder.Property(c => c.Holder).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.HolderAgentId).HasMaxLength(64);
        builder.Property(c => c.HolderTeam).HasMaxLength(16);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.FallbackTeam).HasMaxLength(16);
        builder.Property(c => c.ExcludedAgentId).HasMaxLength(64);
        builder.Property(c => c.HandoffReason).HasMaxLength(64);
        builder.Property(c => c.ClosedReason).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Channel, c.CustomerAddress, c.ClosedAt });
        builder.HasIndex(c => c.ChannelConversationId);
        builder.HasIndex(c => c.OfferDeadline);
        builder.HasIndex(c => c.CustomerId);
    }
}
