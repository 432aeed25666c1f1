using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Audit;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Access;

/// <summary>A key just created: the only time its secret is known.</summary>
public sealed record CreatedApiKey(Guid Id, string Name, string Key, string Prefix, IReadOnlyList<string> Scopes);

/// <summary>A key as listed (never its secret).</summary>
public sealed record ApiKeyView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static ApiKeyView From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.RevokedBy);
}

/// <summary>Creating, listing and revoking API keys (managers only); each change is audited.</summary>
public sealed class ApiKeys(StoreFactory stores, AuditLog audit, TimeProvider clock)
{
    /// <summary>A new key with the scopes named; an unknown scope or a missing name is refused with the reason.</summary>
    public async Task<(CreatedApiKey? Key, string? Problem)> CreateAsync(string? name, IReadOnlyList<string>? scopes, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return (null, "A key needs a 'name' (up to 200 characters) saying which system uses it.");
        }

        if (scopes is null || scopes.Count == 0)
        {
            return (null, $"A key needs at least one scope (one of {string.Join(", ", StudioScopes.All)}).");
        }

        if (scopes.FirstOrDefault(s => !StudioScopes.All.Contains(s)) is { } unknown)
        {
            return (null, $"Unknown scope '{unknown}' (known: {string.Join(", ", StudioScopes.All)}).");
        }

        var secret = ApiKeySecrets.NewKey();
        var key = new ApiKey
        {
            Name = name.Trim(),
            Prefix = ApiKeySecrets.DisplayPrefix(secret),
            Hash = ApiKeySecrets.Hash(secret),
            Scopes = [.. scopes.Distinct(StringComparer.Ordinal)],
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = stores.Create();
        db.ApiKeys.Add(key);
        await audit.RecordAsync(db, "api-key", key.Id.ToString(), "created", actor, null, ApiKeyView.From(key), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (new CreatedApiKey(key.Id, key.Name, secret, key.Prefix, key.Scopes), null);
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(ApiKeyView.From)];
    }

    /// <summary>Revokes the key at once (its next call is 401); false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.IsActive)
        {
            var before = ApiKeyView.From(key);
            key.RevokedAt = clock.GetUtcNow();
            key.RevokedBy = actor;
            await audit.RecordAsync(db, "api-key", key.Id.ToString(), "revoked", actor, before, ApiKeyView.From(key), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
