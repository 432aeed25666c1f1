using System.Globalization;
using System.Text;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>Accent- and case-insensitive text: "Intimações?" → "intimacoes".</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '/' ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string[] Tokens(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('.', '-', '/')).Where(t => t.Length > 0).ToArray();

    /// <summary>
    /// Squeezes letters stretched for emphasis: three or more of the same letter become one ("olaaa" → "ola",
    /// "bom diaaa" → "bom dia", "kkkkk" → "k"). Doubled letters stay: Portuguese spells "processo", "carro".
    /// </summary>
    public static string Squeeze(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var run = 1;
            while (i + run < token.Length && token[i + run] == token[i])
            {
                run++;
            }

            builder.Append(token[i], run >= 3 && char.IsLetter(token[i]) ? 1 : run);
            i += run - 1;
        }

        return builder.ToString();
    }
}
