using System.Text;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using MimeKit;

namespace ContactCentre.Channels.Email;

/// <summary>
/// Pure mapping of an outbound activity to a mail: threaded (In-Reply-To, References, "Re:" subject with
/// our token), text and HTML alternatives with the customer's mail quoted below, suggested actions as a
/// numbered list, files attached. Channel data may give the subject and an HTML body (an e-mailed quote).
/// </summary>
public static class EmailComposer
{
    /// <summary>References kept: the root and the nearest ones (RFC 5322 lets long chains be trimmed so).</summary>
    private const int MaxReferences = 10;

    public static MimeMessage Compose(Activity activity, EmailReplyContext? context, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        var wording = EmailWording.For(context?.Language ?? activity.Locale);
        var overrides = Overrides(activity.ChannelData);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.DisplayName, options.Address));
        message.To.Add(new MailboxAddress(context?.CustomerName ?? "", activity.Recipient?.Id ?? throw new ArgumentException("An e-mail needs a recipient.", nameof(activity))));
        message.MessageId = EmailThreadKeys.OutboundMessageId(activity.Id ?? Guid.NewGuid().ToString("N"), options.Domain);
        message.Date = activity.Timestamp == default ? DateTimeOffset.UtcNow : activity.Timestamp;
        message.Subject = overrides.Subject is { } subject
            ? context?.Token is { } token && EmailThreadKeys.TokenIn(subject) is null ? $"{subject} [#{token}]" : subject
            : EmailThreadKeys.ReplySubject(context?.Subject, context?.Token, wording.DefaultSubject);
        if (context?.ParentMessageId is { } parent)
        {
            message.InReplyTo = parent;
        }

        var references = context?.References ?? [];
        foreach (var reference in references.Count > MaxReferences ? [references[0], .. references.TakeLast(MaxReferences - 1)] : references)
        {
            message.References.Add(reference);
        }

        // RFC 3834: what the bot writes is an automatic answer, so other responders must not answer it (no loops);
        // Exchange is asked not to send out-of-office and read receipts back. An agent's message is a person's.
        if (activity.From.Role != "agent")
        {
            message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
            message.Headers.Add("X-Auto-Response-Suppress", "All");
        }

        message.Headers.Add(HeaderId.ContentLanguage, wording.Language);
        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = PlainText(activity, context, wording) },
            new TextPart("html") { Text = Html(activity, overrides.Html, context, wording) },
        };
        var files = Files(activity.Attachments).ToList();
        if (files.Count == 0)
        {
            message.Body = alternative;
        }
        else
        {
            var mixed = new Multipart("mixed") { alternative };
            files.ForEach(mixed.Add);
            message.Body = mixed;
        }

        return message;
    }

    private static string PlainText(Activity activity, EmailReplyContext? context, EmailWording wording)
    {
        var text = new StringBuilder(activity.Text?.Trim() ?? "");
        if (activity.SuggestedActions is { Actions.Count: > 0 } actions)
        {
            text.Append("\n\n").Append(wording.OptionsHeading).Append('\n');
            for (var i = 0; i < actions.Actions.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(actions.Actions[i].Title).Append('\n');
            }
        }

        foreach (var link in activity.Attachments.Where(a => a.Content is null && a.ContentUrl is not null))
        {
            text.Append('\n').Append(link.Name ?? link.ContentUrl).Append(": ").Append(link.ContentUrl);
        }

        if (context?.QuotedText is { Length: > 0 } quoted)
        {
            text.Append("\n\n").Append(wording.Attribution(context.QuotedAt, context.QuotedFrom ?? "")).Append('\n');
            foreach (var line in quoted.Split('\n'))
            {
                text.Append("> ").Append(line.TrimEnd()).Append('\n');
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static string Html(Activity activity, string? bodyHtml, EmailReplyContext? context, EmailWording wording)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(wording.Language).Append("\"><head><meta charset=\"utf-8\"></head>")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222\">");
        html.Append(bodyHtml ?? Paragraphs(activity.Text));
        if (activity.SuggestedActions is { Actions.Count: > 0 } actions)
        {
            html.Append("<p>").Append(Encode(wording.OptionsHeading)).Append("</p><ol>");
            foreach (var action in actions.Actions)
            {
                html.Append("<li>").Append(Encode(action.Title)).Append("</li>");
            }

            html.Append("</ol>");
        }

        foreach (var link in activity.Attachments.Where(a => a.Content is null && a.ContentUrl is not null))
        {
            html.Append("<p><a href=\"").Append(Encode(link.ContentUrl!)).Append("\">").Append(Encode(link.Name ?? link.ContentUrl!)).Append("</a></p>");
        }

        if (context?.QuotedText is { Length: > 0 } quoted)
        {
            html.Append("<div style=\"margin-top:24px;color:#555\">").Append(Encode(wording.Attribution(context.QuotedAt, context.QuotedFrom ?? ""))).Append("</div>")
                .Append("<blockquote type=\"cite\" style=\"margin:4px 0 0 4px;padding-left:8px;border-left:2px solid #ccc;color:#555\">")
                .Append(Paragraphs(quoted)).Append("</blockquote>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Plain text as HTML paragraphs (blank lines split them, line breaks kept), encoded.</summary>
    public static string Paragraphs(string? text) =>
        string.Concat((text ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(p => "<p>" + string.Join("<br>", p.Split('\n').Select(Encode)) + "</p>"));

    private static string Encode(string text) => HtmlEscape.Text(text);

    /// <summary>Files carried inline (base64 content); links are listed in the body instead.</summary>
    private static IEnumerable<MimePart> Files(IReadOnlyList<Attachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            var bytes = attachment.Content switch
            {
                JsonElement { ValueKind: JsonValueKind.String } json when json.TryGetBytesFromBase64(out var b) => b,
                string s => Base64(s),
                byte[] b => b,
                _ => null,
            };
            if (bytes is null)
            {
                continue;
            }

            yield return new MimePart(ContentType.TryParse(attachment.ContentType, out var type) ? type : new ContentType("application", "octet-stream"))
            {
                Content = new MimeContent(new MemoryStream(bytes)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.Name ?? "file",
            };
        }
    }

    private static byte[]? Base64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private static (string? Subject, string? Html) Overrides(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return (null, null);
        }

        static string? Read(JsonElement data, string name) =>
            data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return (Read(data, "subject"), Read(data, "html"));
    }
}
