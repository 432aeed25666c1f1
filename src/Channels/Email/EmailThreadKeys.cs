using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ContactCentre.Channels.Email;

/// <summary>
/// The keys a mail thread is recognised by. Message-IDs (In-Reply-To, References) first; then the thread
/// token we put in our subjects ("[#1a2b3c4d5e]"), which survives clients that rewrite or drop those
/// headers (Outlook); never the subject's words alone.
/// </summary>
public static partial class EmailThreadKeys
{
    /// <summary>Longest key kept as is; longer Message-IDs are stored by their hash (column sizes).</summary>
    public const int MaxKeyLength = 200;

    public const int TokenLength = 10;

    /// <summary>A Message-ID as stored (no angle brackets); a hash when longer than the store takes.</summary>
    public static string Key(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var id = messageId.Trim().TrimStart('<').TrimEnd('>');
        return id.Length <= MaxKeyLength ? id : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }

    /// <summary>The Message-ID of an outbound activity: its outbox id at our domain, so a reply to it leads straight to its row.</summary>
    public static string OutboundMessageId(string activityId, string domain)
    {
        var id = $"{activityId}@{domain}";
        return id.Length <= 100 ? id : $"{activityId}@contactcentre.invalid";
    }

    /// <summary>The outbox id inside one of our Message-IDs, if it is one.</summary>
    public static Guid? OutboxIdIn(string messageId)
    {
        var match = OurMessageId().Match(messageId);
        return match.Success && Guid.TryParseExact(match.Groups[1].Value, "N", out var id) ? id : null;
    }

    /// <summary>Message-IDs this mail answers, nearest first: In-Reply-To, then References from the last.</summary>
    public static IReadOnlyList<string> Referenced(string? inReplyTo, IEnumerable<string> references)
    {
        var ids = new List<string>();
        if (!string.IsNullOrWhiteSpace(inReplyTo))
        {
            ids.Add(Key(inReplyTo));
        }

        ids.AddRange(references.Reverse().Where(r => !string.IsNullOrWhiteSpace(r)).Select(Key));
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    public static string Token(string conversationId) => conversationId[..Math.Min(TokenLength, conversationId.Length)].ToLowerInvariant();

    public static string? TokenIn(string? subject)
    {
        var match = subject is null ? Match.Empty : SubjectToken().Match(subject);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>The subject without reply/forward prefixes and our token: "RE: Fwd: Preço [#…]" → "Preço".</summary>
    public static string BaseSubject(string? subject)
    {
        var s = SubjectToken().Replace(subject ?? "", "").Trim();
        while (ReplyPrefix().Match(s) is { Success: true } prefix)
        {
            s = s[prefix.Length..].Trim();
        }

        return s;
    }

    /// <summary>"Re: {base} [#token]" for an answer in a thread.</summary>
    public static string ReplySubject(string? subject, string? token, string fallback)
    {
        var baseSubject = BaseSubject(subject);
        var s = baseSubject.Length > 0 ? "Re: " + baseSubject : fallback;
        return token is null ? s : $"{s} [#{token}]";
    }

    [GeneratedRegex(@"\[#([0-9a-fA-F]{10})\]")]
    private static partial Regex SubjectToken();

    [GeneratedRegex(@"^(re|res|fw|fwd|enc|rv|aw|wg|sv|vs|tr|r)\s*(\[\d+\])?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^([0-9a-f]{32})@")]
    private static partial Regex OurMessageId();
}
