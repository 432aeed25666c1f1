using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>The contract's text matching: case- and accent-insensitive, every kind of space alike.</summary>
public static class ScenarioText
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Strips diacritics ("Intimação" → "Intimacao") and turns every white space (NBSP too) into ' '.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) && c != '\n' ? ' ' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether <paramref name="needle"/> occurs in <paramref name="text"/>, ignoring case and accents.</summary>
    public static bool Contains(string text, string needle) =>
        Fold(text).Contains(Fold(needle), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the .NET regex <paramref name="pattern"/> matches <paramref name="text"/>, ignoring case and accents.</summary>
    public static bool Matches(string text, string pattern) =>
        Regex.IsMatch(Fold(text), Fold(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);

    /// <summary>Equality ignoring case and accents.</summary>
    public static bool Same(string? a, string? b) =>
        string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Quotes a text for a one-line message, shortened to <paramref name="max"/> characters, line breaks shown as ⏎.</summary>
    public static string Quote(string? text, int max = 240)
    {
        var flat = (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ⏎ ", StringComparison.Ordinal);
        return "\"" + (flat.Length > max ? flat[..max] + "…" : flat) + "\"";
    }
}
