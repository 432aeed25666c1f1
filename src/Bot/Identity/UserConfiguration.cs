using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactCentre.Bot.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(320);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.Role)
            .HasConversion(r => r.ToWire(), text => Parse(text))
            .HasMaxLength(16);
        builder.Property(u => u.AgentId).HasMaxLength(64);
        builder.HasIndex(u => u.AgentId);
    }

    private static UserRole Parse(string text) =>
        UserRoles.TryParse(text, out var role) ? role : throw new InvalidOperationException($"Unknown role '{text}' in the Users table.");
}
