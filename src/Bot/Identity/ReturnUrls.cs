namespace ContactCentre.Bot.Identity;

/// <summary>Where to go after signing in: only a path of this site, so /signin cannot be used as an open redirect.</summary>
public static class ReturnUrls
{
    public const string Default = "/agent";

    public static string Sanitize(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal)
        && !url.Any(char.IsControl)
            ? url
            : Default;
}
