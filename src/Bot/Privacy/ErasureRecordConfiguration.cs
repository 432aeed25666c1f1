using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Privacy;

internal sealed class ErasureRecordConfiguration : IEntityTypeConfiguration<ErasureRecord>
{
    public void Configure(EntityTypeBuilder<ErasureRecord> builder)
    {
        builder.ToTable("Erasures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.ErasedBy).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => e.CustomerId);
    }
}
