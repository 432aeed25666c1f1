using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class InboundClaimConfiguration : IEntityTypeConfiguration<InboundClaim>
{
    public void Configure(EntityTypeBuilder<InboundClaim> builder)
    {
        // The primary key is the exactly-once guarantee: a second insert of the same message fails at commit.
        builder.HasKey(c => new { c.Channel, c.ProviderMessageId });
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.ProviderMessageId).HasMaxLength(300);
        builder.Property(c => c.ConversationId).HasMaxLength(64);
    }
}
