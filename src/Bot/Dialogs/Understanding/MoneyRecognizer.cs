using System.Text.RegularExpressions;
using ContactCentre.Domain.Billing;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Amounts of money in the shapes <see cref="Money.TryParse"/> reads, marked as money by the currency:
/// "R$ 1.234,56", "R$50", "49,90 reais", "1234,56 R$", "BRL 50". A bare "1.234,56" is a number, not money.
/// </summary>
public static partial class MoneyRecognizer
{
    /// <summary>The first amount in <paramref name="text"/> and where it is, or null.</summary>
    public static (decimal Amount, int Index, int Length)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Pattern().Matches(text))
        {
            var amount = match.Groups["symbol"].Success ? match.Groups["symbol"].Value : match.Groups["suffix"].Value;
            if (Money.TryParse(amount, out var value))
            {
                return (value, match.Index, match.Length);
            }
        }

        return null;
    }

    // The currency symbol, code and name are the format of BRL amounts (like the "R$" in Money), not vocabulary:
    // "R$ 1.234,56", "R$1,234.56" (English), "BRL 50", "1234,56 R$" and "12 345,67 R$" (Portugal), "49,90 reais".
    [GeneratedRegex(
        """
        (?:R\$|\bBRL)\s*(?<symbol>-?[0-9](?:[0-9.,]*[0-9])?)
        | (?<![0-9.,])(?<suffix>[0-9]{1,3}(?:[\u0020\u00A0\u202F][0-9]{3})+(?:,[0-9]{1,2})?)\s*(?:reais|real|R\$|BRL)(?!\p{L})
        | (?<![0-9.,])(?<suffix>[0-9](?:[0-9.,]*[0-9])?)\s*(?:reais|real|R\$|BRL)(?!\p{L})
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
