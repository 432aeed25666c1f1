namespace ContactCentre.Bot.Identity;

/// <summary>
/// A person who signs in to the console or the studio. Deactivating keeps the row (and the history that
/// names it) but refuses sign-in and ends open sessions at their next check.
/// </summary>
public sealed class User
{
    public required Guid Id { get; init; }

    /// <summary>As typed at creation; look-ups use <see cref="NormalizedEmail"/>.</summary>
    public required string Email { get; set; }

    /// <summary>Upper-invariant e-mail: unique, so two spellings of one address are one user.</summary>
    public required string NormalizedEmail { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core <c>PasswordHasher</c> output (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }

    public required UserRole Role { get; set; }

    /// <summary>The <c>Agents</c> row routing uses for this person, when they attend customers.</summary>
    public string? AgentId { get; set; }

    public bool Active { get; set; } = true;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
