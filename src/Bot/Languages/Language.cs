namespace ContactCentre.Bot.Languages;

/// <summary>
/// The languages the bot speaks, one flow each: pt-BR (the product's own, flow <c>default</c>), pt-PT
/// (<c>default.pt-PT</c>) and English (<c>default.en</c>). Tags from channels (web chat locales, Telegram's
/// language_code, a mail's Content-Language, a customer record) are brought to one of these here.
/// </summary>
public static class Language
{
    public const string PtBr = "pt-BR";
    public const string PtPt = "pt-PT";
    public const string En = "en";

    /// <summary>What the bot speaks when nothing says otherwise.</summary>
    public const string Default = PtBr;

    /// <summary>Every language with a flow shipped in the assembly, in order of preference as a fallback.</summary>
    public static IReadOnlyList<string> Offered { get; } = [PtBr, PtPt, En];

    // Portuguese outside Brazil follows the European norm (Angola, Mozambique, Cape Verde, Guinea-Bissau,
    // São Tomé, East Timor, Macau, Equatorial Guinea; Portuguese communities in Switzerland and Luxembourg).
    private static readonly HashSet<string> EuropeanPortugueseRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "PT", "AO", "MZ", "CV", "GW", "ST", "TL", "MO", "GQ", "CH", "LU",
    };

    /// <summary>
    /// A BCP 47 tag as one of <see cref="Offered"/>: <c>pt-BR</c>/bare <c>pt</c> → pt-BR; <c>pt-PT</c> (and the
    /// other European-norm regions) → pt-PT; <c>en*</c> → en. Any other well-formed tag gives its primary
    /// language in lower case ("es-AR" → "es"), which no flow speaks; garbage gives null.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var primary = parts[0].ToLowerInvariant();
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        // The region is the first two-letter subtag after the language (script subtags such as "Latn" are skipped).
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter));
        return primary switch
        {
            "pt" => region is not null && EuropeanPortugueseRegions.Contains(region) ? PtPt : PtBr,
            "en" => En,
            _ => primary,
        };
    }

    /// <summary>True when <paramref name="tag"/> normalises to a language the bot speaks.</summary>
    public static bool IsOffered(string? tag) => Normalize(tag) is { } language && Offered.Contains(language);

    /// <summary>
    /// The flow that speaks <paramref name="language"/> for a base flow: pt-BR is the base itself
    /// (<c>default</c>), any other language the base with the tag appended (<c>default.en</c>, <c>default.pt-PT</c>).
    /// </summary>
    public static string FlowName(string baseFlow, string language) =>
        Normalize(language) is { } normalized && normalized != PtBr ? $"{baseFlow}.{normalized}" : baseFlow;
}
