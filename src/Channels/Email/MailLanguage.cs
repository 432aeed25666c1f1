using System.Text.RegularExpressions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// The customer's language for the answer's own words: the Content-Language the client declared, else
/// a count of common words (Portuguese, English, Spanish); Portuguese with words only Portugal uses
/// ("telemóvel", "gostava", "equipa", "cumprimentos", "estou a …") is pt-PT. Null when unsure: the conversation
/// default holds.
/// </summary>
public static partial class MailLanguage
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["pt-BR"] = ["você", "voce", "vocês", "olá", "ola", "obrigado", "obrigada", "não", "nao", "quanto", "qual", "quero", "gostaria", "preciso", "bom", "boa", "dia", "tarde", "para", "com", "uma", "meu", "minha", "está", "favor", "orçamento", "preço", "atenciosamente", "abraço"],
        ["en"] = ["the", "and", "you", "your", "hello", "hi", "thanks", "thank", "please", "what", "how", "much", "is", "are", "my", "would", "like", "need", "price", "quote", "regards", "dear", "cost", "does"],
        ["es"] = ["usted", "hola", "gracias", "por", "favor", "qué", "cuánto", "cuanto", "cuál", "quiero", "necesito", "el", "los", "las", "es", "está", "mi", "precio", "presupuesto", "saludos", "buenos", "días", "tengo", "una"],
    };

    // Words and spellings of European Portuguese that Brazil does not use (or spells otherwise).
    private static readonly string[] EuropeanWords =
    [
        "telemóvel", "telemovel", "gostava", "equipa", "cumprimentos", "contacto", "contactar", "facto", "receção", "rececao",
        "utilizador", "utilizadores", "registo", "ecrã", "autocarro", "obrigadíssimo", "obrigadissimo",
    ];

    // "estou a pensar", "está a dar erro": the gerund of Brazil is "a + infinitive" in Portugal.
    private static readonly string[] ProgressiveAuxiliaries = ["estou", "está", "esta", "estamos", "estão", "estao", "anda", "ando"];

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
        if (best.Value < 2 || best.Value <= second)
        {
            return null;
        }

        return best.Key == "pt-BR" && IsEuropean(tokens) ? "pt-PT" : best.Key;
    }

    private static bool IsEuropean(List<string> tokens)
    {
        var markers = tokens.Count(EuropeanWords.Contains);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (ProgressiveAuxiliaries.Contains(tokens[i]) && tokens[i + 1] == "a" && tokens[i + 2].Length > 3 && tokens[i + 2].EndsWith('r'))
            {
                markers++;
            }
        }

        return markers >= 1;
    }

    /// <summary>
    /// pt-PT (and the other European-norm regions) → pt-PT, other pt* → pt-BR (the product's Portuguese),
    /// en* → en, es* → es; other languages are not offered.
    /// </summary>
    public static string? Normalize(string? tag) => tag?.Trim().Replace('_', '-').ToLowerInvariant() switch
    {
        null or "" => null,
        "pt-pt" or "pt-ao" or "pt-mz" or "pt-cv" or "pt-gw" or "pt-st" or "pt-tl" => "pt-PT",
        var t when t.StartsWith("pt", StringComparison.Ordinal) => "pt-BR",
        var t when t.StartsWith("en", StringComparison.Ordinal) => "en",
        var t when t.StartsWith("es", StringComparison.Ordinal) => "es",
        _ => null,
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
