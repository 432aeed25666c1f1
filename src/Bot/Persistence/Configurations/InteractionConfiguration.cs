using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Persistence.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.CustomerId).HasMaxLength(64);
        builder.Property(i => i.ConversationId).HasMaxLength(64);
        builder.Property(i => i.Channel).HasMaxLength(16);
        builder.Property(i => i.AttendedBy).HasMaxLength(64);
        builder.Property(i => i.Reason).HasConversion(r => r.ToWire(), r => Parse(r)).HasMaxLength(32);
        builder.HasIndex(i => new { i.CustomerId, i.StartedAt });
    }

    private static InteractionReason Parse(string text) =>
        InteractionReasons.TryParse(text, out var reason) ? reason : InteractionReason.Other;
}
