using System.Text.RegularExpressions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// Keeps only what the customer just wrote in a plain-text reply: cuts at the quoted history (an
/// attribution line, an Outlook header block, a separator) and at the signature, and drops "&gt;" lines.
/// </summary>
public static partial class QuotedText
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            if (StartsHistory(line, next, lines.Skip(i + 1).Take(5)) || Signature().IsMatch(line) || MobileFooter().IsMatch(line))
            {
                break;
            }

            if (!line.TrimStart().StartsWith('>'))
            {
                kept.Add(line);
            }
        }

        DropSignOff(kept);
        var result = string.Join('\n', kept).Trim();
        return result.Length > 0 ? result : text.Trim();
    }

    /// <summary>"Obrigada,\nAna Silva\nEscritório Silva" at the end: a sign-off followed by a few short lines is a signature.</summary>
    private static void DropSignOff(List<string> lines)
    {
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (var i = lines.Count - 1; i >= Math.Max(1, lines.Count - 5); i--)
        {
            if (lines.Skip(i + 1).Any(l => l.Trim().Length > 60))
            {
                return;
            }

            if (SignOff().IsMatch(lines[i].Trim()))
            {
                lines.RemoveRange(i, lines.Count - i);
                return;
            }
        }
    }

    private static bool StartsHistory(string line, string next, IEnumerable<string> following)
    {
        var trimmed = line.Trim();
        if (Attribution().IsMatch(trimmed) || Separator().IsMatch(trimmed) || OriginalMessage().IsMatch(trimmed))
        {
            return true;
        }

        // "On Tue, 3 Mar 2026 at 10:00, Ana <ana@…>" wrapped before "wrote:".
        if (AttributionStart().IsMatch(trimmed) && AttributionEnd().IsMatch(next))
        {
            return true;
        }

        // Outlook: "From: …" then, within a few lines, "Sent: …" / "Enviado: …" / "Date: …".
        return HeaderFrom().IsMatch(trimmed) && following.Any(f => HeaderSent().IsMatch(f.Trim()));
    }

    [GeneratedRegex(@"^(On|Em|El|Le|Am|Il)\s.{4,300}\s(wrote|escreveu|escribió|a écrit|schrieb|ha scritto)\s?:$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(On|Em|El|Le|Am|Il)\s.{4,300}$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^.{0,120}(wrote|escreveu|escribió|a écrit|schrieb|ha scritto)\s?:$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^_{8,}$|^-{8,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Mensagem original|Mensaje original|Forwarded message|Mensagem encaminhada|Mensaje reenviado)\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^\*?(From|De|Von)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(Sent|Enviado|Enviada|Date|Data|Fecha|Gesendet)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderSent();

    /// <summary>RFC 3676's signature delimiter, "-- " alone on a line (trailing space often lost).</summary>
    [GeneratedRegex(@"^--\s?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(obrigad[oa]s?|muito obrigad[oa]|grat[oa]|atenciosamente|att\.?|abraços?|abs\.?|cordialmente|saudações|regards|best regards|kind regards|best|thanks|thank you|many thanks|cheers|saludos|un saludo|gracias|atentamente)[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(Sent from my|Enviado do meu|Enviado de meu|Enviado desde mi|Get Outlook for|Obter o Outlook para|Enviado do Outlook|Enviado do Email|Enviado do e-mail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MobileFooter();
}
