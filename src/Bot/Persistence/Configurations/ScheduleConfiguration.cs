using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.CustomerId).HasMaxLength(64);
        builder.Property(s => s.Tag).HasConversion(t => t.ToWire(), t => Parse(t)).HasMaxLength(32);
        builder.OwnsOne(s => s.Owner, o =>
        {
            o.Property(x => x.AgentId).HasMaxLength(64).HasColumnName("OwnerAgentId");
            o.Property(x => x.Team).HasConversion<string>().HasMaxLength(16).HasColumnName("OwnerTeam");
        });
        builder.Navigation(s => s.Owner).IsRequired();
        builder.HasIndex(s => new { s.CustomerId, s.Due });
        builder.HasIndex(s => s.Due);
    }

    private static ScheduleTag Parse(string text) =>
        ScheduleTags.TryParse(text, out var tag) ? tag : throw new InvalidOperationException($"Unknown schedule tag '{text}' in the store.");
}
