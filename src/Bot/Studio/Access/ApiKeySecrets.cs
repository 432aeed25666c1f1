using System.Security.Cryptography;
using System.Text;

namespace ContactCentre.Bot.Studio.Access;

/// <summary>Making and recognising API keys: <c>cc_</c> + 43 URL-safe characters (256 random bits); stored as a SHA-256 hash.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "cc_";

    public static string NewKey() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A high-entropy key needs no slow hash: SHA-256 is enough and lets the lookup be an index seek.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string DisplayPrefix(string key) => key[..Math.Min(key.Length, 10)];

    /// <summary>The key of a <c>Bearer cc_…</c> header, or null when the header carries something else.</summary>
    public static string? FromHeader(string? authorization)
    {
        const string bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = authorization[bearer.Length..].Trim();
        return key.StartsWith(Prefix, StringComparison.Ordinal) && key.Length <= 200 ? key : null;
    }
}
