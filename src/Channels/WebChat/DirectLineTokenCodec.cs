using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContactCentre.Channels.WebChat;

/// <summary>
/// Our Direct Line tokens: JWT-shaped (HS256) so Web Chat can read the <c>user</c> claim, signed with a key
/// derived from the Direct Line secret. Clients treat them as opaque; only we can mint or check them.
/// </summary>
public sealed class DirectLineTokenCodec
{
    private const string Issuer = "contactcentre";
    private static readonly byte[] HeaderSegment = Encoding.ASCII.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));
    private readonly byte[] _key;

    /// <param name="secret">The Direct Line secret; the signing key is derived from it, so rotating it voids every token.</param>
    public DirectLineTokenCodec(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: "ContactCentre Direct Line token v1"u8.ToArray());
    }

    public string Issue(DirectLineToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = token.Audience,
            ["conv"] = token.ConversationId,
            ["user"] = token.UserId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = token.ExpiresAt.ToUnixTimeSeconds(),

            // A unique id per issue: a refresh within the same second still yields a new token.
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        });
        var signingInput = $"{Encoding.ASCII.GetString(HeaderSegment)}.{Base64Url.EncodeToString(payload)}";
        return $"{signingInput}.{Base64Url.EncodeToString(Sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>Checks signature, audience and expiry; never throws on client input.</summary>
    public DirectLineTokenCheck Read(string? value, string audience, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 4096)
        {
            return DirectLineTokenCheck.Invalid;
        }

        var parts = value.Split('.');
        if (parts.Length != 3 || !Encoding.ASCII.GetBytes(parts[0]).AsSpan().SequenceEqual(HeaderSegment))
        {
            return DirectLineTokenCheck.Invalid;
        }

        var expected = Sign(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!Base64Url.IsValid(parts[2]) || !CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return DirectLineTokenCheck.Invalid;
        }

        // Signed by us: the payload is ours, but read it defensively all the same.
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = json.RootElement;
            if (root.GetProperty("aud").GetString() != audience || root.GetProperty("iss").GetString() != Issuer)
            {
                return DirectLineTokenCheck.Invalid;
            }

            var token = new DirectLineToken(
                root.GetProperty("conv").GetString() ?? "",
                root.GetProperty("user").GetString() ?? "",
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64()),
                audience);
            return token.ExpiresAt <= now
                ? new DirectLineTokenCheck(DirectLineTokenStatus.Expired, token)
                : new DirectLineTokenCheck(DirectLineTokenStatus.Valid, token);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return DirectLineTokenCheck.Invalid;
        }
    }

    private byte[] Sign(byte[] signingInput) => HMACSHA256.HashData(_key, signingInput);
}
