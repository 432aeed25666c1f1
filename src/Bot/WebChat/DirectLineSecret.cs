using System.Security.Cryptography;
using System.Text;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.WebChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// The Direct Line secret: Channels:DirectLine:Secret, or — when that is empty — one generated on first
/// use and kept in the Settings table, so every node and every restart signs with the same key.
/// Resolved lazily (no database access while services are registered) and then cached.
/// </summary>
public sealed class DirectLineSecret(IOptions<DirectLineOptions> options, StoreFactory stores) : IDisposable
{
    public const string SettingKey = "Channels:DirectLine:Secret";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (byte[] Secret, DirectLineTokenCodec Codec)? _resolved;

    public async Task<DirectLineTokenCodec> CodecAsync(CancellationToken cancellationToken) => (await ResolveAsync(cancellationToken)).Codec;

    /// <summary>Whether a bearer value is the secret itself (compared in constant time).</summary>
    public async Task<bool> IsSecretAsync(string bearer, CancellationToken cancellationToken)
    {
        var secret = (await ResolveAsync(cancellationToken)).Secret;
        return CryptographicOperations.FixedTimeEquals(secret, Encoding.UTF8.GetBytes(bearer));
    }

    private async Task<(byte[] Secret, DirectLineTokenCodec Codec)> ResolveAsync(CancellationToken cancellationToken)
    {
        if (_resolved is { } resolved)
        {
            return resolved;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_resolved is null)
            {
                var secret = options.Value.Secret is { Length: > 0 } configured ? configured : await StoredOrNewAsync(cancellationToken);
                _resolved = (Encoding.UTF8.GetBytes(secret), new DirectLineTokenCodec(secret));
            }

            return _resolved.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> StoredOrNewAsync(CancellationToken cancellationToken)
    {
        await using (var db = stores.Create())
        {
            if (await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken) is { } stored)
            {
                return stored.Value;
            }

            db.Settings.Add(new SettingEntry { Key = SettingKey, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node generated it first; theirs is the one.
            }
        }

        await using var reread = stores.Create();
        return (await reread.Settings.AsNoTracking().FirstAsync(s => s.Key == SettingKey, cancellationToken)).Value;
    }

    public void Dispose() => _gate.Dispose();
}
