using System.Text;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// application/x-www-form-urlencoded, both ways, keeping every pair in order (repeated names included):
/// the signature covers each received pair, so nothing may be merged or dropped.
/// </summary>
public static class TwilioForm
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (body.Length > 0)
            {
                body.Append('&');
            }

            body.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return body.ToString();
    }

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public static string? Get(this IReadOnlyList<KeyValuePair<string, string>> form, string name)
    {
        foreach (var (key, value) in form)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
