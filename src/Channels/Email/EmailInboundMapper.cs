using System.Security.Cryptography;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using MimeKit;

namespace ContactCentre.Channels.Email;

/// <summary>Pure mapping of a received mail to an <see cref="EmailInbound"/>: the customer's new words, language, files, thread keys.</summary>
public static class EmailInboundMapper
{
    public const string Channel = "email";

    /// <summary>Where our host serves a stored attachment.</summary>
    public const string AttachmentPathPrefix = "/api/channels/email/attachments/";

    private const int MaxTextLength = 8000;

    public static EmailInbound Map(MimeMessage message, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        var id = string.IsNullOrWhiteSpace(message.MessageId) ? ContentKey(message) : EmailThreadKeys.Key(message.MessageId);
        var referenced = EmailThreadKeys.Referenced(message.InReplyTo, message.References);
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var body = Body(message);

        // A new thread's subject often is the question ("Preço da intimação"); a reply's is only "Re: …".
        var text = referenced.Count == 0 && !string.IsNullOrWhiteSpace(message.Subject) && !body.Contains(message.Subject.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"{message.Subject.Trim()}\n\n{body}".Trim()
            : body;
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var files = Files(message, options.MaxAttachmentBytes);
        var activity = new Activity
        {
            Id = id,
            Timestamp = message.Date == default ? default : message.Date.ToUniversalTime(),
            From = new ChannelAccount((sender?.Address ?? "").Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(sender?.Name) ? null : sender.Name, "user"),
            Recipient = new ChannelAccount(options.Address, options.DisplayName, "bot"),
            Conversation = new ConversationAccount(id),
            ChannelId = Channel,
            Text = text,
            // A parsed mail keeps its top-level Content-* headers on the body entity, not on the message.
            Locale = MailLanguage.Detect(message.Headers[HeaderId.ContentLanguage] ?? message.Body?.Headers[HeaderId.ContentLanguage], text),
            // Where each stored file is served is known once the host has stored it (WithStoredFiles).
            Attachments = [.. files.Select(f => new Attachment(f.ContentType, null, f.FileName))],
            ChannelData = JsonSerializer.SerializeToElement(new EmailChannelData
            {
                MessageId = message.MessageId,
                InReplyTo = message.InReplyTo,
                References = [.. message.References],
                Subject = message.Subject,
                Date = message.Date == default ? null : message.Date,
                FromName = sender?.Name,
                Files = [.. files.Select(f => new EmailChannelData.File(f.FileName, f.ContentType, f.Size, f.Content is not null))],
            }, JsonSerializerOptions.Web),
        };

        return new EmailInbound(activity, referenced, EmailThreadKeys.TokenIn(message.Subject), AutomaticMail.Reason(message, options.Address), files);
    }

    /// <summary>What the customer wrote: the plain-text part if any, else the HTML as text; quoted history and signature removed.</summary>
    public static string Body(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TextBody is { Length: > 0 } plain ? plain : message.HtmlBody is { Length: > 0 } html ? HtmlText.ToText(html) : "";
        return QuotedText.Strip(text);
    }

    /// <summary>The activity with each stored file linked (by the unguessable id the host stored it under), in order.</summary>
    public static Activity WithStoredFiles(EmailInbound mail, IReadOnlyDictionary<int, Guid> stored)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(stored);
        return mail.Activity with
        {
            Attachments = [.. mail.Files.Select(f => new Attachment(f.ContentType, stored.TryGetValue(f.Index, out var id) ? AttachmentPathPrefix + id.ToString("N") : null, f.FileName))],
        };
    }

    private static List<EmailFile> Files(MimeMessage message, long maxBytes)
    {
        var files = new List<EmailFile>();
        var index = 0;
        foreach (var entity in message.Attachments)
        {
            using var buffer = new MemoryStream();
            string name;
            string type;
            if (entity is MimePart part)
            {
                part.Content?.DecodeTo(buffer);
                name = part.FileName ?? $"attachment-{index + 1}";
                type = part.ContentType.MimeType;
            }
            else if (entity is MessagePart attached)
            {
                attached.Message?.WriteTo(buffer);
                name = (attached.Message?.Subject ?? $"message-{index + 1}") + ".eml";
                type = "message/rfc822";
            }
            else
            {
                continue;
            }

            var size = buffer.Length;
            files.Add(new EmailFile(index, name, type, size, size <= maxBytes ? buffer.ToArray() : null));
            index++;
        }

        return files;
    }

    /// <summary>A key for a mail without Message-ID: a hash of the whole message, the same on every re-read.</summary>
    private static string ContentKey(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
