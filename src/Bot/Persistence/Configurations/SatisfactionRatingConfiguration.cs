using ContactCentre.Bot.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class SatisfactionRatingConfiguration : IEntityTypeConfiguration<SatisfactionRating>
{
    public void Configure(EntityTypeBuilder<SatisfactionRating> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ConversationId).HasMaxLength(64);
        builder.Property(r => r.AgentId).HasMaxLength(64);
        builder.HasIndex(r => r.AgentId);
    }
}
