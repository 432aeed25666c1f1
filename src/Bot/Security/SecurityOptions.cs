namespace ContactCentre.Bot.Security;

/// <summary>Settings under "Security".</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Who may frame the web chat page (CSP frame-ancestors): "*" (any site with embed.js) or a list such as "https://www.example.com.br".</summary>
    public string ChatFrameAncestors { get; set; } = "*";
}
