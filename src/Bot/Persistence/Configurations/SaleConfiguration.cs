using ContactCentre.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.CustomerId).HasMaxLength(64);
        builder.Property(s => s.ProductCode).HasMaxLength(64);
        builder.Property(s => s.ClosedBy).HasMaxLength(64);
        builder.Property(s => s.CommissionBeneficiary).HasMaxLength(64);
        builder.Property(s => s.CommissionRule).HasMaxLength(8);
        builder.HasIndex(s => s.CustomerId);
    }
}
