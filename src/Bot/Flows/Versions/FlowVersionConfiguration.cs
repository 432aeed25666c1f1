using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Flows.Versions;

internal sealed class FlowVersionConfiguration : IEntityTypeConfiguration<FlowVersion>
{
    public void Configure(EntityTypeBuilder<FlowVersion> builder)
    {
        builder.ToTable("FlowVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.FlowName).HasMaxLength(FlowStore.MaxNameLength);
        builder.Property(v => v.Status).HasMaxLength(16);
        builder.Property(v => v.Author).HasMaxLength(FlowStore.MaxAuthorLength);
        builder.Property(v => v.Message).HasMaxLength(FlowStore.MaxMessageLength);
        builder.Property(v => v.Revision).IsConcurrencyToken();
        // One draft (version 0) per flow, and two publishers can never both create version N.
        builder.HasIndex(v => new { v.FlowName, v.Version }).IsUnique();
        builder.HasIndex(v => new { v.FlowName, v.Status });
    }
}
