using System.Text.RegularExpressions;

namespace ContactCentre.Bot.Privacy;

/// <summary>
/// Masks personal data (LGPD/GDPR) and secrets in free text bound for logs: e-mail addresses, phone numbers
/// (Brazilian and E.164, with or without a channel prefix), CPF and CNPJ, and credentials (connection-string
/// passwords, tokens, Bearer and API keys). Enough is kept to tell two log lines apart (the last two digits, the
/// first letter), never enough to contact or identify someone.
/// </summary>
public static partial class SensitiveDataMasker
{
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var masked = Secret().Replace(text, m => m.Groups["key"].Value + m.Groups["sep"].Value + "***");
        masked = Bearer().Replace(masked, "Bearer ***");
        masked = ApiKey().Replace(masked, "cc_***");
        masked = Email().Replace(masked, m => m.Value[0] + "***@***");
        masked = Cnpj().Replace(masked, "**.***.***/****-**");
        masked = Cpf().Replace(masked, "***.***.***-**");
        masked = Phone().Replace(masked, m => KeepLastTwoDigits(m.Value));
        return masked;
    }

    private static string KeepLastTwoDigits(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        var seen = 0;
        return string.Concat(value.Select(c => char.IsAsciiDigit(c) && ++seen <= digits - 2 ? '*' : c));
    }

    // key=value or key: value pairs whose value is a credential (connection strings, query strings, JSON-ish text).
    [GeneratedRegex(@"(?<key>\b(?:password|pwd|passwd|secret|secret_token|secrettoken|authtoken|auth_token|token|apikey|api_key|access_token|client_secret)\b""?)(?<sep>\s*[=:]\s*""?)[^\s;,&""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secret();

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9._~+/=-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\bcc_[A-Za-z0-9_-]{8,}")]
    private static partial Regex ApiKey();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}(?!\d)")]
    private static partial Regex Cnpj();

    [GeneratedRegex(@"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d])")]
    private static partial Regex Cpf();

    // +55 11 99999-0000, (11) 99999-0000, 11999990000, whatsapp:+5511999990000; 8 to 15 digits in all.
    [GeneratedRegex(@"(?<![\w.:/-])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,3}\)\s?|\d{2,3}[\s-]?)?9?\d{4}[\s-]?\d{4}(?![\w-])|(?<=whatsapp:)\+?\d{8,15}\b|(?<![\w.:/-])\d{11}(?![\w-])")]
    private static partial Regex Phone();
}
