namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// Where inbound media may be fetched from, with the account's credentials: Twilio's own hosts
/// (api.twilio.com, *.twilio.com, *.twiliocdn.com) over HTTPS, plus configured extras (a test's local fake).
/// A MediaUrl anywhere else is never requested: the credentials would leak to whoever runs that host.
/// </summary>
public static class TwilioMediaHosts
{
    private static readonly string[] Builtin = ["api.twilio.com", "*.twilio.com", "*.twiliocdn.com"];

    public static bool IsAllowed(Uri url, IEnumerable<string> extraHosts)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(extraHosts);
        if (!url.IsAbsoluteUri || !string.IsNullOrEmpty(url.UserInfo))
        {
            return false;
        }

        var host = url.IdnHost.TrimEnd('.');
        if (url.Scheme == Uri.UriSchemeHttps && Builtin.Any(pattern => Matches(host, pattern)))
        {
            return true;
        }

        // Extras are trusted as configured, including plain http for a loopback fake.
        return (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && extraHosts.Any(pattern => !string.IsNullOrWhiteSpace(pattern) && Matches(host, pattern.Trim()));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
