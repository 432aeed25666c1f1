using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Studio.Audit;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Area).HasMaxLength(32);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Actor).HasMaxLength(320);

        // Two managers changing the same subject at once: the second insert of the same version fails, not a lost change.
        builder.HasIndex(a => new { a.Area, a.Subject, a.Version }).IsUnique();
        builder.HasIndex(a => a.At);
    }
}
