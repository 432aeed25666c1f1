using MimeKit;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>Customer mails as real clients write them.</summary>
public static class TestMail
{
    public static MimeMessage Plain(string from, string to, string subject, string body, string? messageId = null, string? inReplyTo = null, params string[] references)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ana Cliente", from));
        message.To.Add(new MailboxAddress("Atendimento", to));
        message.Subject = subject;
        message.MessageId = messageId ?? $"{Guid.NewGuid():N}@customer.test";
        message.Date = DateTimeOffset.UtcNow;
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
        }

        foreach (var reference in references)
        {
            message.References.Add(reference);
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>A reply to <paramref name="answer"/> (a mail maildev received from the bot), as Thunderbird or Gmail write it.</summary>
    public static MimeMessage Reply(string from, string to, ReceivedMail answer, string body)
    {
        var parent = Id(answer.Header("message-id")!);
        var references = (answer.Header("references") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Id).Append(parent).ToArray();
        var quoted = string.Join("\n", (answer.Text ?? "").Split('\n').Select(l => "> " + l));
        return Plain(from, to, "Re: " + answer.Subject, $"{body}\n\nEm 01/01/2026 10:00, Atendimento escreveu:\n{quoted}", inReplyTo: parent, references: references);
    }

    public static string Id(string header) => header.Trim().TrimStart('<').TrimEnd('>');
}
