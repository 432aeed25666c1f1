using System.Security.Cryptography;
using System.Text;

namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>
/// <c>X-ContactCentre-Signature: sha256=HEX</c>, the HMAC-SHA256 of the exact body bytes under the subscription's
/// secret — what GitHub and Stripe receivers already know how to check.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-ContactCentre-Signature";

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>A receiver's check, in constant time.</summary>
    public static bool Verify(string secret, string body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
