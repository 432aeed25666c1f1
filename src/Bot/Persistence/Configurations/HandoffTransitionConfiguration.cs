using ContactCentre.Bot.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class HandoffTransitionConfiguration : IEntityTypeConfiguration<HandoffTransition>
{
    public void Configure(EntityTypeBuilder<HandoffTransition> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ConversationId).HasMaxLength(64);
        builder.Property(t => t.From).HasMaxLength(100);
        builder.Property(t => t.To).HasMaxLength(100);
        builder.Property(t => t.Actor).HasMaxLength(64);
        builder.Property(t => t.Reason).HasMaxLength(200);
        builder.HasIndex(t => t.ConversationId);
    }
}
