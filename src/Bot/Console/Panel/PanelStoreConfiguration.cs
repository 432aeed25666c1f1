using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.AgentConsole.Panel;

internal sealed class ScheduleChangeConfiguration : IEntityTypeConfiguration<ScheduleChange>
{
    public void Configure(EntityTypeBuilder<ScheduleChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ScheduleId).HasMaxLength(64);
        builder.Property(c => c.CustomerId).HasMaxLength(64);
        builder.Property(c => c.Action).HasMaxLength(16);
        builder.Property(c => c.By).HasMaxLength(64);
        builder.Property(c => c.Details).HasMaxLength(1000);
        builder.HasIndex(c => new { c.ScheduleId, c.At });
        builder.HasIndex(c => new { c.CustomerId, c.At });
    }
}

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(120);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.Team).HasMaxLength(16);
        builder.Property(r => r.UpdatedBy).HasMaxLength(64);
        builder.HasIndex(r => new { r.Team, r.Order });
    }
}
