using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContactCentre.Domain.Customers;

/// <summary>
/// A Brazilian taxpayer number, CPF (individuals, 11 digits) or CNPJ (companies, 14 digits),
/// whose check digits have been verified. Instances are always valid and normalised, so two
/// spellings of the same number ("529.982.247-25", "52998224725") are equal.
/// </summary>
/// <remarks>
/// CPFs and CNPJs are personal data under the LGPD, so error messages describe what is wrong
/// without echoing the number back into logs.
/// The alphanumeric CNPJ format announced by the Receita Federal (IN RFB 2.229/2024) is not
/// supported yet: this type accepts digits only.
/// </remarks>
public sealed partial record TaxDocument
{
    private const int CpfLength = 11;
    private const int CnpjLength = 14;

    private static readonly int[] CpfFirstWeights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CpfSecondWeights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjFirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjSecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    private TaxDocument(TaxDocumentKind kind, string digits)
    {
        Kind = kind;
        Digits = digits;
    }

    /// <summary>Whether this is a CPF or a CNPJ.</summary>
    public TaxDocumentKind Kind { get; }

    /// <summary>The number as digits only (11 for a CPF, 14 for a CNPJ), leading zeros kept.</summary>
    public string Digits { get; }

    /// <summary>The conventional spelling: "123.456.789-09" for a CPF, "11.222.333/0001-81" for a CNPJ.</summary>
    public string Formatted => Kind == TaxDocumentKind.Cpf
        ? $"{Digits[..3]}.{Digits[3..6]}.{Digits[6..9]}-{Digits[9..]}"
        : $"{Digits[..2]}.{Digits[2..5]}.{Digits[5..8]}/{Digits[8..12]}-{Digits[12..]}";

    /// <summary>
    /// Parses a CPF or CNPJ, formatted or not. Dots, hyphens, slashes and white space are ignored
    /// wherever they appear; any other character makes the text invalid.
    /// </summary>
    /// <returns>True when the text holds a CPF or CNPJ with correct check digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TaxDocument? document)
    {
        document = null;
        if (Validate(text, out var digits) is not null)
        {
            return false;
        }

        document = new TaxDocument(digits.Length == CpfLength ? TaxDocumentKind.Cpf : TaxDocumentKind.Cnpj, digits);
        return true;
    }

    /// <summary>Parses a CPF or CNPJ like <see cref="TryParse"/>, throwing when it is not valid.</summary>
    /// <exception cref="ArgumentException">The text is not a valid CPF or CNPJ; the message says why.</exception>
    public static TaxDocument From(string text)
    {
        var error = Validate(text, out var digits);
        if (error is not null)
        {
            throw new ArgumentException($"Not a valid CPF or CNPJ: {error}", nameof(text));
        }

        return new TaxDocument(digits.Length == CpfLength ? TaxDocumentKind.Cpf : TaxDocumentKind.Cnpj, digits);
    }

    /// <summary>
    /// Finds the valid CPFs and CNPJs mentioned in free text (e.g. a chat message), formatted
    /// ("529.982.247-25") or bare ("52998224725"). Numbers that are part of a longer number, or whose
    /// check digits are wrong, are skipped. Each document is returned once, in order of first mention.
    /// </summary>
    public static IEnumerable<TaxDocument> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindInCore(text);
    }

    /// <summary>Returns <see cref="Formatted"/>.</summary>
    public override string ToString() => Formatted;

    private static IEnumerable<TaxDocument> FindInCore(string text)
    {
        var seen = new HashSet<TaxDocument>();
        foreach (Match match in CandidatePattern().Matches(text))
        {
            if (TryParse(match.Value, out var document) && seen.Add(document))
            {
                yield return document;
            }
        }
    }

    /// <summary>Returns null when valid (with the normalised digits), otherwise the reason.</summary>
    private static string? Validate(string? text, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "the value is empty.";
        }

        Span<char> buffer = stackalloc char[CnpjLength];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == CnpjLength)
                {
                    return "too many digits; expected 11 (CPF) or 14 (CNPJ).";
                }

                buffer[count++] = c;
            }
            else if (c is not ('.' or '-' or '/') && !char.IsWhiteSpace(c))
            {
                return "only digits, '.', '-', '/' and spaces are allowed.";
            }
        }

        var candidate = buffer[..count];
        if (count is not (CpfLength or CnpjLength))
        {
            return $"found {count} digits; expected 11 (CPF) or 14 (CNPJ).";
        }

        // Repeated digits (000.000.000-00, 111.111.111-11, …) satisfy the check-digit formula
        // but are never issued; they are typical placeholders typed to get past a form.
        if (!candidate.ContainsAnyExcept(candidate[0]))
        {
            return "all digits are the same.";
        }

        var (first, second) = count == CpfLength
            ? (CpfFirstWeights, CpfSecondWeights)
            : (CnpjFirstWeights, CnpjSecondWeights);

        if (CheckDigit(candidate, first) != candidate[count - 2] - '0'
            || CheckDigit(candidate, second) != candidate[count - 1] - '0')
        {
            return "the check digits do not match.";
        }

        digits = candidate.ToString();
        return null;
    }

    /// <summary>
    /// The modulo-11 check digit shared by CPF and CNPJ: weighted sum of the leading digits,
    /// remainder below 2 gives 0, otherwise 11 minus the remainder.
    /// </summary>
    private static int CheckDigit(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    // CNPJ first: its 14 digits would otherwise never be tried once an 11-digit CPF shape failed.
    // The look-arounds stop us from picking a document out of the middle of a longer number,
    // including "1.529.982.247-25"-style runs where only punctuation separates the digits.
    // [0-9] rather than \d: \d also matches non-ASCII digits, which the parser rejects anyway.
    [GeneratedRegex(
        """
        (?<![0-9]|[0-9][./-])
        (?:
            [0-9]{2}\.?[0-9]{3}\.?[0-9]{3}/?[0-9]{4}-?[0-9]{2}
          | [0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}
        )
        (?![0-9]|[./-][0-9])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern();
}
