using ContactCentre.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.CustomerId).HasMaxLength(64);
        builder.Property(q => q.ConversationId).HasMaxLength(64);
        // Lines are only ever read with their quote: one JSON column, on both providers.
        builder.OwnsMany(q => q.Lines, l => l.ToJson());
        builder.HasIndex(q => q.CustomerId);
        builder.HasIndex(q => q.ConversationId);
    }
}
