using System.Text.RegularExpressions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// The customer's language for the answer's own words: the Content-Language the client declared, else
/// a count of common words (Portuguese, English, Spanish). Null when unsure: the conversation default holds.
/// </summary>
public static partial class MailLanguage
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["pt-BR"] = ["você", "voce", "vocês", "olá", "ola", "obrigado", "obrigada", "não", "nao", "quanto", "qual", "quero", "gostaria", "preciso", "bom", "boa", "dia", "tarde", "para", "com", "uma", "meu", "minha", "está", "favor", "orçamento", "preço", "atenciosamente", "abraço"],
        ["en"] = ["the", "and", "you", "your", "hello", "hi", "thanks", "thank", "please", "what", "how", "much", "is", "are", "my", "would", "like", "need", "price", "quote", "regards", "dear", "cost", "does"],
        ["es"] = ["usted", "hola", "gracias", "por", "favor", "qué", "cuánto", "cuanto", "cuál", "quiero", "necesito", "el", "los", "las", "es", "está", "mi", "precio", "presupuesto", "saludos", "buenos", "días", "tengo", "una"],
    };

    public static string? Detect(string? contentLanguage, string? text)
    {
        if (Normalize(contentLanguage?.Split(',')[0].Trim()) is { } declared)
        {
            return declared;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var scores = Words.ToDictionary(w => w.Key, w => tokens.Count(w.Value.Contains));
        var best = scores.OrderByDescending(s => s.Value).First();
        var second = scores.Where(s => s.Key != best.Key).Max(s => s.Value);
        return best.Value >= 2 && best.Value > second ? best.Key : null;
    }

    /// <summary>pt* → pt-BR (the product's Portuguese), en* → en, es* → es; other languages are not offered.</summary>
    public static string? Normalize(string? tag) => tag?.ToLowerInvariant() switch
    {
        null or "" => null,
        var t when t.StartsWith("pt", StringComparison.Ordinal) => "pt-BR",
        var t when t.StartsWith("en", StringComparison.Ordinal) => "en",
        var t when t.StartsWith("es", StringComparison.Ordinal) => "es",
        _ => null,
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
