using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContactCentre.Domain.Customers;

/// <summary>
/// An e-mail address, trimmed and lower-cased so the same customer is recognised however they type it.
/// </summary>
/// <remarks>
/// Validation is deliberately pragmatic rather than RFC 5322: exactly one '@', a non-empty local part
/// without leading, trailing or doubled dots, a domain with at least one dot, and no white space,
/// control characters or the specials that need quoting (<c>()&lt;&gt;,;:"[]\</c>). Quoted local parts
/// and IP-literal domains are technically legal but never seen from real customers.
/// Lower-casing the local part is also technically lossy, but every mainstream provider treats it
/// case-insensitively and duplicate customers cost far more than that theoretical risk.
/// The constructor normalises and validates, so every instance is valid.
/// E-mail addresses are personal data under the LGPD, so error messages never echo the input.
/// </remarks>
/// <param name="Value">The address; surrounding white space and letter case are normalised away.</param>
public sealed partial record EmailAddress(string Value)
{
    /// <summary>RFC 5321 path limit, in practice the maximum length of a deliverable address.</summary>
    private const int MaxLength = 254;

    /// <summary>RFC 5321 local-part limit.</summary>
    private const int MaxLocalPartLength = 64;

    /// <summary>The normalised address, e.g. "joao.silva@example.com.br".</summary>
    /// <exception cref="ArgumentException">On construction, when the value is not a valid address.</exception>
    public string Value { get; } = Normalise(Value, out var error)
        ?? throw new ArgumentException($"Not a valid e-mail address: {error}", nameof(Value));

    /// <summary>Parses and normalises an e-mail address; null, blank or invalid text returns false.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EmailAddress? email)
    {
        var normalised = Normalise(text, out _);
        email = normalised is null ? null : new EmailAddress(normalised);
        return email is not null;
    }

    /// <summary>Parses and normalises an e-mail address, throwing when it is invalid.</summary>
    /// <exception cref="ArgumentException">The text is not a valid address; the message says why.</exception>
    public static EmailAddress From(string text)
    {
        var normalised = Normalise(text, out var error)
            ?? throw new ArgumentException($"Not a valid e-mail address: {error}", nameof(text));
        return new EmailAddress(normalised);
    }

    /// <summary>
    /// Finds valid e-mail addresses in free text ("write to Joao@Example.com, please" finds
    /// "joao@example.com"). Each address is returned once, in order of first mention.
    /// </summary>
    public static IEnumerable<EmailAddress> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindInCore(text);
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static IEnumerable<EmailAddress> FindInCore(string text)
    {
        var seen = new HashSet<EmailAddress>();
        foreach (Match match in CandidatePattern().Matches(text))
        {
            if (TryParse(match.Value, out var email) && seen.Add(email))
            {
                yield return email;
            }
        }
    }

    /// <summary>Returns the normalised address, or null with the reason in <paramref name="error"/>.</summary>
    private static string? Normalise(string? text, out string error)
    {
        error = string.Empty;
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            error = "the value is empty.";
            return null;
        }

        if (value.Length > MaxLength)
        {
            error = $"longer than {MaxLength} characters.";
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')' or '<' or '>' or ',' or ';' or ':' or '"' or '[' or ']' or '\\')
            {
                error = "contains spaces or characters that are not allowed.";
                return null;
            }
        }

        var at = value.IndexOf('@');
        if (at < 0 || at != value.LastIndexOf('@'))
        {
            error = "it must contain exactly one '@'.";
            return null;
        }

        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        if (local.IsEmpty || local.Length > MaxLocalPartLength || !HasWellFormedDots(local))
        {
            error = "the part before '@' is empty, too long or has misplaced dots.";
            return null;
        }

        if (!domain.Contains('.') || !HasWellFormedDots(domain) || domain[(domain.LastIndexOf('.') + 1)..].Length < 2)
        {
            error = "the domain must look like 'example.com'.";
            return null;
        }

        return value;
    }

    private static bool HasWellFormedDots(ReadOnlySpan<char> part) =>
        part[0] != '.' && part[^1] != '.' && !part.Contains("..", StringComparison.Ordinal);

    // A candidate must not start in the middle of a word, so "x.joao@example.com" is not split.
    // The domain pattern cannot swallow a sentence's final full stop because every dot must be
    // followed by another label character.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}._%+-])
        [\p{L}\p{N}._%+-]+
        @
        [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern();
}
