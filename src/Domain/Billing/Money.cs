using System.Buffers;
using System.Globalization;
using System.Text;

namespace ContactCentre.Domain.Billing;

/// <summary>
/// Formats and parses Brazilian real (BRL) amounts for customer-facing text.
/// </summary>
/// <remarks>
/// Formatting is done by hand from invariant digits instead of <c>CultureInfo("pt-BR")</c> because
/// the OS's ICU data differs between machines (NBSP vs. narrow NBSP vs. space after "R$", globalization-
/// invariant containers, …), and the bot's messages and tests must be byte-identical everywhere.
/// The price list is in BRL, so the culture only changes separators, never the currency.
/// </remarks>
public static class Money
{
    private const string CurrencySymbol = "R$";

    /// <summary>Everything a bare amount may contain once the symbol and sign are stripped.</summary>
    private static readonly SearchValues<char> AmountCharacters = SearchValues.Create("0123456789.,");

    /// <summary>Spaces that may group thousands (ASCII, no-break, narrow no-break).</summary>
    private static readonly SearchValues<char> SpaceGroupCharacters = SearchValues.Create(" \u00A0\u202F");

    /// <summary>
    /// Formats <paramref name="amount"/> as BRL with exactly two decimals, rounding half away from zero, in
    /// the style CLDR 48 gives each culture for BRL (with plain ASCII spaces where CLDR has no-break ones).
    /// </summary>
    /// <param name="amount">The amount in reais.</param>
    /// <param name="culture">
    /// "pt-BR" (default) and any unknown culture give "R$ 1.234,56"; "pt-PT" gives "1234,56 R$" (Portugal
    /// groups thousands with a space only from five integer digits on: "12 345,67 R$"); English cultures
    /// ("en", "en-US", "en_GB", …) give "R$1,234.56". Unknown or empty values fall back to the Brazilian
    /// style so a stray channel locale never breaks a price message.
    /// </param>
    /// <returns>For example "R$ 1.234,56", "-R$ 1,00", "1234,56 R$", "-R$1.00".</returns>
    public static string Format(decimal amount, string culture = "pt-BR")
    {
        var style = StyleOf(culture);
        var (groupSeparator, decimalSeparator) = style switch
        {
            Style.English => (',', '.'),
            Style.Portugal => (' ', ','),
            _ => ('.', ','),
        };

        // Half away from zero is what customers and invoices expect (R$ 0,125 → R$ 0,13);
        // decimal.Round's default banker's rounding would surprise them.
        var rounded = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

        // "F2" with the invariant culture yields plain ASCII "1234.56" on every machine.
        var digits = Math.Abs(rounded).ToString("F2", CultureInfo.InvariantCulture);
        var integerPart = digits.AsSpan(0, digits.Length - 3);
        var fractionPart = digits.AsSpan(digits.Length - 2);

        var builder = new StringBuilder(digits.Length + 8);

        // Comparing with zero (not checking the sign bit) keeps -0.001 from printing as "-R$ 0,00".
        if (rounded < 0)
        {
            builder.Append('-');
        }

        if (style != Style.Portugal)
        {
            builder.Append(CurrencySymbol);
            if (style == Style.Brazil)
            {
                builder.Append(' ');
            }
        }

        // CLDR's minimumGroupingDigits is 2 for pt-PT: "1234,56" but "12 345,67".
        var group = style != Style.Portugal || integerPart.Length > 4;
        for (var i = 0; i < integerPart.Length; i++)
        {
            if (group && i > 0 && (integerPart.Length - i) % 3 == 0)
            {
                builder.Append(groupSeparator);
            }

            builder.Append(integerPart[i]);
        }

        builder.Append(decimalSeparator).Append(fractionPart);
        if (style == Style.Portugal)
        {
            builder.Append(' ').Append(CurrencySymbol);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses an amount typed by a customer or agent: "R$ 1.234,56", "1234,56", "1.234", "49,90",
    /// "49.90", "R$ 1,234.56", "-R$ 1,00". An optional leading "R$" and minus sign are accepted.
    /// </summary>
    /// <remarks>
    /// Brazilian conventions win where the text is ambiguous: a single comma is always the decimal
    /// separator ("1,234" = 1.234) and a single dot followed by exactly three digits is a thousands
    /// separator ("1.234" = 1234). When both appear, the last one is the decimal separator.
    /// Grouping must be well formed (groups of three), so typos like "1.23.4" are rejected
    /// rather than guessed at.
    /// </remarks>
    /// <returns>True and the amount when the text is understood; otherwise false and 0.</returns>
    public static bool TryParse(string text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var negative = false;
        if (span.StartsWith('-'))
        {
            negative = true;
            span = span[1..].TrimStart();
        }

        if (span.StartsWith(CurrencySymbol, StringComparison.OrdinalIgnoreCase))
        {
            span = span[CurrencySymbol.Length..].TrimStart();
        }
        else if (span.EndsWith(CurrencySymbol, StringComparison.OrdinalIgnoreCase))
        {
            // Portugal writes the symbol after the amount: "1234,56 R$".
            span = span[..^CurrencySymbol.Length].TrimEnd();
        }

        // "R$ -1,00" is as common as "-R$ 1,00".
        if (!negative && span.StartsWith('-'))
        {
            negative = true;
            span = span[1..].TrimStart();
        }

        // Portugal (and France…) group thousands with a space or a no-break space: "12 345,67".
        if (span.ContainsAny(SpaceGroupCharacters))
        {
            var spaced = span.ToString().Replace('\u00A0', ' ').Replace('\u202F', ' ');
            var comma = spaced.IndexOf(',', StringComparison.Ordinal);
            if (spaced.Contains('.', StringComparison.Ordinal) || !IsWellGrouped(comma < 0 ? spaced : spaced[..comma], ' '))
            {
                return false;
            }

            span = spaced.Replace(" ", "", StringComparison.Ordinal).AsSpan();
        }

        if (span.IsEmpty
            || span.ContainsAnyExcept(AmountCharacters)
            || !char.IsAsciiDigit(span[0])
            || !char.IsAsciiDigit(span[^1]))
        {
            return false;
        }

        if (!TrySplit(span, out var integerPart, out var fractionPart, out var groupSeparator)
            || (groupSeparator is { } separator && !IsWellGrouped(integerPart, separator)))
        {
            return false;
        }

        var normalised = new StringBuilder(span.Length);
        foreach (var c in integerPart)
        {
            if (char.IsAsciiDigit(c))
            {
                normalised.Append(c);
            }
        }

        if (!fractionPart.IsEmpty)
        {
            normalised.Append('.').Append(fractionPart);
        }

        // Invariant parsing of plain "1234.56"; returns false on overflow instead of throwing.
        if (!decimal.TryParse(normalised.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        amount = negative ? -value : value;
        return true;
    }

    private enum Style
    {
        Brazil,
        Portugal,
        English,
    }

    private static Style StyleOf(string? culture)
    {
        if (culture is null || culture.Length < 2 || (culture.Length > 2 && culture[2] is not ('-' or '_')))
        {
            return Style.Brazil;
        }

        if (culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return Style.English;
        }

        return culture.Length == 5 && culture.StartsWith("pt", StringComparison.OrdinalIgnoreCase) && culture.EndsWith("pt", StringComparison.OrdinalIgnoreCase)
            ? Style.Portugal
            : Style.Brazil;
    }

    /// <summary>
    /// Decides which separator (if any) is decimal and which is grouping, and splits the text there.
    /// </summary>
    private static bool TrySplit(
        ReadOnlySpan<char> number,
        out ReadOnlySpan<char> integerPart,
        out ReadOnlySpan<char> fractionPart,
        out char? groupSeparator)
    {
        integerPart = number;
        fractionPart = [];
        groupSeparator = null;

        var dots = number.Count('.');
        var commas = number.Count(',');
        char? decimalSeparator;

        if (dots > 0 && commas > 0)
        {
            decimalSeparator = number.LastIndexOf('.') > number.LastIndexOf(',') ? '.' : ',';
            groupSeparator = decimalSeparator == '.' ? ',' : '.';
            if ((decimalSeparator == '.' ? dots : commas) != 1)
            {
                return false;
            }
        }
        else if (commas == 1)
        {
            decimalSeparator = ',';
        }
        else if (commas > 1)
        {
            decimalSeparator = null;
            groupSeparator = ',';
        }
        else if (dots == 1)
        {
            // "1.234" is one thousand two hundred and thirty-four in Brazil; "49.90" and "0.500" are decimals.
            var dot = number.IndexOf('.');
            var isThousands = number.Length - dot - 1 == 3 && number[..dot] is not "0";
            decimalSeparator = isThousands ? null : '.';
            groupSeparator = isThousands ? '.' : null;
        }
        else if (dots > 1)
        {
            decimalSeparator = null;
            groupSeparator = '.';
        }
        else
        {
            decimalSeparator = null;
        }

        if (decimalSeparator is { } separator)
        {
            var index = number.IndexOf(separator);
            integerPart = number[..index];
            fractionPart = number[(index + 1)..];
        }

        return true;
    }

    /// <summary>True when the groups are 1–3 digits followed by groups of exactly 3.</summary>
    private static bool IsWellGrouped(ReadOnlySpan<char> integerPart, char separator)
    {
        var first = true;
        foreach (var range in integerPart.Split(separator))
        {
            var length = range.End.GetOffset(integerPart.Length) - range.Start.GetOffset(integerPart.Length);
            if (first ? length is < 1 or > 3 : length != 3)
            {
                return false;
            }

            first = false;
        }

        return true;
    }
}
