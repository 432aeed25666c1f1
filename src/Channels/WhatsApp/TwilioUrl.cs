namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// The two forms of a URL Twilio's SDKs accept a signature for: without the port (even a custom one
/// is stripped) and with one (the scheme's default added when absent). Done on the string, so the
/// host's casing, user info and the exact path and query Twilio signed are kept (<see cref="Uri"/> would normalise them).
/// </summary>
public static class TwilioUrl
{
    public static string WithoutPort(string url) =>
        Split(url) is { } p ? p.Scheme + p.UserInfo + p.Host + p.Rest : url;

    public static string WithPort(string url)
    {
        if (Split(url) is not { } p || p.Port.Length > 0)
        {
            return url;
        }

        var port = string.Equals(p.Scheme, "https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
        return p.Scheme + p.UserInfo + p.Host + port + p.Rest;
    }

    private static Parts? Split(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }

        var scheme = url[..(schemeEnd + 3)];
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], scheme.Length);
        var authority = authorityEnd < 0 ? url[scheme.Length..] : url[scheme.Length..authorityEnd];
        var rest = authorityEnd < 0 ? "" : url[authorityEnd..];
        var userInfoEnd = authority.LastIndexOf('@');
        var userInfo = authority[..(userInfoEnd + 1)];
        var hostAndPort = authority[(userInfoEnd + 1)..];

        // A colon starts the port only after an IPv6 literal's closing bracket.
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        return portStart < 0
            ? new Parts(scheme, userInfo, hostAndPort, "", rest)
            : new Parts(scheme, userInfo, hostAndPort[..portStart], hostAndPort[portStart..], rest);
    }

    private sealed record Parts(string Scheme, string UserInfo, string Host, string Port, string Rest);
}
