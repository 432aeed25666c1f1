using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<StoredDecision>
{
    public void Configure(EntityTypeBuilder<StoredDecision> builder)
    {
        builder.ToTable("RoutingDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ConversationId).HasMaxLength(64);
        builder.Property(d => d.CustomerId).HasMaxLength(64);
        builder.Property(d => d.Request).HasMaxLength(32);
        builder.Property(d => d.Target).HasMaxLength(100);
        builder.Property(d => d.Reason).HasMaxLength(64);
        builder.Property(d => d.RuleIds).HasMaxLength(100);
        builder.HasIndex(d => d.ConversationId);
    }
}
