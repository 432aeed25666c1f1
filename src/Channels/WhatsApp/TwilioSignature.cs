using System.Security.Cryptography;
using System.Text;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// X-Twilio-Signature as Twilio computes it (twilio-csharp RequestValidator, twilio-node webhooks):
/// Base64(HMAC-SHA1(auth token, URL + every POST parameter's name and value, names in ordinal order)).
/// A repeated name contributes each distinct value once, values in ordinal order, as twilio-node does.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        var data = new StringBuilder(url);
        foreach (var group in parameters.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(group.Key).Append(value);
            }
        }

#pragma warning disable CA5350 // Twilio's signature is HMAC-SHA1 by definition; we verify it, we do not choose it.
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// True when <paramref name="signature"/> matches the URL without its port or with it (Twilio signs
    /// whichever form it called); compared in constant time. An empty token never validates.
    /// </summary>
    public static bool IsValid(string authToken, string url, IReadOnlyCollection<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        var withoutPort = Matches(given, Compute(authToken, TwilioUrl.WithoutPort(url), parameters));
        var withPort = Matches(given, Compute(authToken, TwilioUrl.WithPort(url), parameters));
        return withoutPort | withPort;
    }

    /// <summary>For JSON bodies Twilio signs the URL (which carries bodySHA256) alone: the lowercase hex SHA-256 of the raw body.</summary>
    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static bool Matches(byte[] given, string expected) =>
        CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(expected));
}
