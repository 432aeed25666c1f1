using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class HeldChangeConfiguration : IEntityTypeConfiguration<HeldChange>
{
    public void Configure(EntityTypeBuilder<HeldChange> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.CustomerId).HasMaxLength(64);
        builder.Property(h => h.Field).HasConversion<string>().HasMaxLength(32);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(h => h.CustomerId);
    }
}
