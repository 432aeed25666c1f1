using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Outbound.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.HasKey(f => f.ScheduleId); // the claim: one follow-up per schedule, ever
        builder.Property(f => f.ScheduleId).HasMaxLength(64);
        builder.Property(f => f.CustomerId).HasMaxLength(64);
        builder.Property(f => f.Channel).HasMaxLength(16);
        builder.Property(f => f.Address).HasMaxLength(320);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.ConversationId).HasMaxLength(64);
        builder.Property(f => f.AnswerConversationId).HasMaxLength(64);
        builder.Property(f => f.Note).HasMaxLength(300);
        builder.HasIndex(f => new { f.CustomerId, f.Status });
        builder.HasIndex(f => new { f.Status, f.AnswerBy });
    }
}
