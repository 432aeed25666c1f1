using ContactCentre.Domain.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(i => i.Number);
        builder.Property(i => i.Number).HasMaxLength(64);
        builder.Property(i => i.CustomerId).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.WaivedByRule).HasMaxLength(8);
        builder.HasIndex(i => new { i.CustomerId, i.Status });
    }
}
