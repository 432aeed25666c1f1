using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContactCentre.Domain.Customers;

/// <summary>
/// A phone number in E.164 form ("+5511999990001"): the single spelling used to match customers
/// across channels (WhatsApp sends "whatsapp:+55…", agents type "(11) 99999-0001").
/// </summary>
/// <remarks>
/// The constructor only accepts canonical E.164 and throws otherwise, so every instance is valid;
/// use <see cref="TryParse"/> or <see cref="From"/> for human input.
/// Brazilian numbers (+55) must have a two-digit area code (DDD, no zeros) and 8 or 9 subscriber
/// digits. The 8-digit form is kept for mobiles too because WhatsApp still reports many older
/// Brazilian accounts without the extra leading 9.
/// Phone numbers are personal data under the LGPD, so error messages never echo the input.
/// </remarks>
/// <param name="E164">"+" followed by 8–15 digits, the first of which is not 0.</param>
public sealed partial record PhoneNumber(string E164)
{
    private const string BrazilCountryCode = "55";
    private const string WhatsAppPrefix = "whatsapp:";
    private const int MinE164Digits = 8;
    private const int MaxE164Digits = 15;

    /// <summary>The number in E.164 form, e.g. "+5511999990001".</summary>
    /// <exception cref="ArgumentException">On construction, when the value is not canonical E.164.</exception>
    public string E164 { get; } = IsCanonical(E164)
        ? E164
        : throw new ArgumentException(
            "A phone number must be '+' followed by 8 to 15 digits (not starting with 0); Brazilian (+55) numbers need a DDD and 8 or 9 more digits.",
            nameof(E164));

    /// <summary>
    /// Parses a phone number written by a person or sent by a channel. Accepted shapes:
    /// <list type="bullet">
    /// <item>international with "+", optionally prefixed "whatsapp:" ("+5511999990001", "+55 (11) 99999-0001");</item>
    /// <item>Brazilian international without "+": 12–13 digits starting with 55 ("5511999990001");</item>
    /// <item>national: 10–11 digits, area code first ("(11) 99999-0001", "11999990001"), which are
    /// prefixed with <paramref name="defaultCountryCode"/>.</item>
    /// </list>
    /// Spaces, hyphens, dots and parentheses are ignored; anything else is rejected.
    /// </summary>
    /// <param name="text">The text to parse; null or blank is simply invalid.</param>
    /// <param name="phone">The parsed number when the method returns true.</param>
    /// <param name="defaultCountryCode">Country calling code (1–3 digits) for national numbers.</param>
    /// <exception cref="ArgumentException"><paramref name="defaultCountryCode"/> is not a country calling code.</exception>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out PhoneNumber? phone,
        string defaultCountryCode = BrazilCountryCode)
    {
        ArgumentNullException.ThrowIfNull(defaultCountryCode);
        if (defaultCountryCode.Length is < 1 or > 3
            || defaultCountryCode.AsSpan().ContainsAnyExceptInRange('0', '9')
            || defaultCountryCode[0] == '0')
        {
            throw new ArgumentException(
                "A country calling code is 1 to 3 digits and does not start with 0.", nameof(defaultCountryCode));
        }

        var e164 = Normalise(text, defaultCountryCode);
        phone = e164 is null ? null : new PhoneNumber(e164);
        return phone is not null;
    }

    /// <summary>Parses like <see cref="TryParse"/> with Brazil as the default country, throwing when invalid.</summary>
    /// <exception cref="ArgumentException">The text is not a recognisable phone number.</exception>
    public static PhoneNumber From(string text)
    {
        if (!TryParse(text, out var phone))
        {
            throw new ArgumentException(
                "Not a valid phone number: expected E.164 (+5511999990001), 55 plus DDD and number, or a DDD and 8–9 digit national number.",
                nameof(text));
        }

        return phone;
    }

    /// <summary>
    /// Finds phone numbers in free text: compact international numbers ("+14155550100") and
    /// Brazilian numbers in their usual spellings ("+55 11 99999-0001", "(11) 99999-0001",
    /// "11999990001"). Each number is returned once, in order of first mention.
    /// </summary>
    /// <remarks>
    /// A bare 11-digit run is also the shape of a CPF; callers that care should exclude values
    /// <see cref="TaxDocument.FindIn"/> recognises.
    /// </remarks>
    public static IEnumerable<PhoneNumber> FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindInCore(text);
    }

    /// <summary>Returns <see cref="E164"/>.</summary>
    public override string ToString() => E164;

    private static IEnumerable<PhoneNumber> FindInCore(string text)
    {
        var seen = new HashSet<PhoneNumber>();
        foreach (Match match in CandidatePattern().Matches(text))
        {
            if (TryParse(match.Value, out var phone) && seen.Add(phone))
            {
                yield return phone;
            }
        }
    }

    /// <summary>Returns the E.164 spelling of <paramref name="text"/>, or null when it is not a phone number.</summary>
    private static string? Normalise(string? text, string defaultCountryCode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        if (span.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase))
        {
            span = span[WhatsAppPrefix.Length..].TrimStart();
        }

        var international = span.StartsWith('+');
        if (international)
        {
            span = span[1..];
        }

        // One more slot than E.164 allows, so an over-long number is detected rather than truncated.
        Span<char> digits = stackalloc char[MaxE164Digits + 1];
        var count = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c is not ('-' or '(' or ')' or '.') && !char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        var number = digits[..count].ToString();
        string candidate;
        if (international)
        {
            candidate = "+" + number;
        }
        else if (number.StartsWith(BrazilCountryCode, StringComparison.Ordinal) && count is 12 or 13)
        {
            // 55 + DDD + 8/9 digits: a Brazilian number typed without the "+".
            candidate = "+" + number;
        }
        else if (count is 10 or 11 && number[0] != '0')
        {
            // A leading 0 would be a trunk/carrier prefix ("0 15 11 …"), which is not a national number.
            candidate = "+" + defaultCountryCode + number;
        }
        else
        {
            return null;
        }

        return IsCanonical(candidate) ? candidate : null;
    }

    private static bool IsCanonical(string? e164)
    {
        if (e164 is null || e164.Length < 1 + MinE164Digits || e164.Length > 1 + MaxE164Digits || e164[0] != '+')
        {
            return false;
        }

        var digits = e164.AsSpan(1);
        if (digits.ContainsAnyExceptInRange('0', '9') || digits[0] == '0')
        {
            return false;
        }

        // Country codes are prefix-free, so anything starting with 55 is Brazilian.
        if (digits.StartsWith(BrazilCountryCode))
        {
            var national = digits[BrazilCountryCode.Length..];
            return national.Length is 10 or 11 && national[0] != '0' && national[1] != '0';
        }

        return true;
    }

    // Candidate shapes only; TryParse has the final word. Look-arounds keep us from picking a number
    // out of a longer digit run or an identifier.
    [GeneratedRegex(
        """
        (?<![0-9A-Za-z+])
        (?:
            \+[1-9][0-9]{7,14}
          | (?:\+?55[ .-]?)?
            (?:\([1-9]{2}\)|[1-9]{2})
            [ .-]?
            [0-9]{4,5}[ .-]?[0-9]{4}
        )
        (?![0-9A-Za-z])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern();
}
