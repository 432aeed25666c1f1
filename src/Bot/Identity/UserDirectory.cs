using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Identity;

/// <summary>Creates users (the command line, demo data, tests) with a hashed password and a checked agent link.</summary>
public sealed class UserDirectory(StoreFactory stores, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const int MinimumPasswordLength = 8;

    /// <summary>Adds a user; when no agent id is given, links the agent whose e-mail matches, if any.</summary>
    /// <exception cref="UserDirectoryException">Bad e-mail, short password, duplicate e-mail or unknown agent.</exception>
    public async Task<User> AddAsync(string email, string? name, string password, UserRole role, string? agentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        email = email.Trim();
        if (email.Length is 0 or > 320 || !email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@'))
        {
            throw new UserDirectoryException($"'{email}' is not an e-mail address.");
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new UserDirectoryException($"The password must have at least {MinimumPasswordLength} characters.");
        }

        await using var db = stores.Create();
        var normalized = User.Normalize(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new UserDirectoryException($"A user with e-mail {email} already exists.");
        }

        var agent = agentId is not null
            ? await db.Agents.SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken) ?? throw new UserDirectoryException($"There is no agent '{agentId}'.")
            : (await db.Agents.Where(a => a.Email != null).ToListAsync(cancellationToken))
                .FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));

        var user = New(email, string.IsNullOrWhiteSpace(name) ? agent?.Name ?? email : name.Trim(), role, agent?.Id, clock.GetUtcNow());
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    internal static User New(string email, string name, UserRole role, string? agentId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Email = email,
        NormalizedEmail = User.Normalize(email),
        DisplayName = name,
        PasswordHash = "",
        Role = role,
        AgentId = agentId,
        CreatedAt = now,
    };
}
