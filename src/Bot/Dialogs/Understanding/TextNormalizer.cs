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
}
