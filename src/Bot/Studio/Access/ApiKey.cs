namespace ContactCentre.Bot.Studio.Access;

/// <summary>
/// A key another system uses on the studio/integration API (<c>Authorization: Bearer cc_…</c>). Only a SHA-256
/// hash of the secret is stored; the key itself is shown once, when a manager creates it. Revoking keeps the row
/// (the audit log and webhooks may name it).
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    /// <summary>The first characters of the key (<c>cc_ab12…</c>), so a manager can tell keys apart without the secret.</summary>
    public required string Prefix { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; init; }

    /// <summary>What the key may do (see <see cref="StudioScopes"/>).</summary>
    public List<string> Scopes { get; set; } = [];

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}
