using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;
using MimeKit;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>The pure e-mail mapping: what the bot reads of a mail, which mail is automatic, threading keys, and the answer's shape.</summary>
public sealed class EmailMappingTests
{
    private static readonly EmailOptions Options = new() { Address = "atendimento@contactcentre.test", DisplayName = "Atendimento" };

    [Fact]
    public void HtmlText_GmailReply_KeepsNewWordsOnly()
    {
        const string html = """
            <html><head><style>p{color:red}</style></head><body>
            <div dir="ltr">Bom dia,<br>quero o orçamento de <b>2&nbsp;advogados</b>.<ul><li>Intimação</li><li>Pesquisa</li></ul></div>
            <div class="gmail_signature">Ana — Escritório Silva</div>
            <div class="gmail_quote"><div class="gmail_attr">Em seg., 2 de mar. escreveu:</div><blockquote>texto antigo</blockquote></div>
            </body></html>
            """;
        Assert.Equal("Bom dia,\nquero o orçamento de 2 advogados.\n• Intimação\n• Pesquisa", HtmlText.ToText(html));
    }

    [Theory]
    [InlineData("Sim, para 3.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Atendimento <a@b.c> wrote:\n> Quantos?", "Sim, para 3.")]
    [InlineData("Sim, para 3.\n\nEm seg., 2 de mar. de 2026 às 10:00, Atendimento <a@b.c>\nescreveu:\n> Quantos?", "Sim, para 3.")]
    [InlineData("Sim, para 3.\n\n________________________________\nDe: Atendimento\nEnviado: segunda-feira\nAssunto: RE: x", "Sim, para 3.")]
    [InlineData("Sim, para 3.\nDe: Atendimento <a@b.c>\nEnviado: segunda-feira, 2 de março de 2026 10:00\nPara: Ana", "Sim, para 3.")]
    [InlineData("Sim, para 3.\n-- \nAna Silva\nEscritório Silva", "Sim, para 3.")]
    [InlineData("Sim, para 3.\n\nEnviado do meu iPhone", "Sim, para 3.")]
    [InlineData("Bom dia,\nquanto custa?\n\nObrigada,\nAna Silva\nEscritório Silva", "Bom dia,\nquanto custa?")]
    [InlineData("Obrigado pelo retorno, vou fechar.", "Obrigado pelo retorno, vou fechar.")]
    [InlineData("> só citação", "> só citação")]
    public void QuotedText_CutsHistoryAndSignature(string text, string expected) => Assert.Equal(expected, QuotedText.Strip(text));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("List-Id", "<news.customer.test>")]
    [InlineData("X-Autoreply", "yes")]
    public void AutomaticMail_RecognisedByHeaders(string header, string value)
    {
        var message = Mail("ana@customer.test", "Orçamento", "texto");
        message.Headers.Add(header, value);
        Assert.NotNull(AutomaticMail.Reason(message, Options.Address));
    }

    [Theory]
    [InlineData("mailer-daemon@customer.test", "Falha")]
    [InlineData("atendimento@contactcentre.test", "Re: Orçamento")]
    [InlineData("ana@customer.test", "Resposta automática: Orçamento")]
    [InlineData("ana@customer.test", "Automatic reply: Quote")]
    [InlineData("ana@customer.test", "Undeliverable: Quote")]
    public void AutomaticMail_RecognisedBySenderOrSubject(string from, string subject) =>
        Assert.NotNull(AutomaticMail.Reason(Mail(from, subject, "x"), Options.Address));

    [Fact]
    public void AutomaticMail_PersonsMail_AndAutoSubmittedNo_AreAnswered()
    {
        var message = Mail("ana@customer.test", "Orçamento", "Quanto custa?");
        Assert.Null(AutomaticMail.Reason(message, Options.Address));
        message.Headers.Add(HeaderId.AutoSubmitted, "no");
        Assert.Null(AutomaticMail.Reason(message, Options.Address));
    }

    [Fact]
    public void Map_NewThread_ReadsSubjectAndBody_KeepsThreadKeys()
    {
        var message = Mail("Ana@Customer.test", "Preço da intimação", "Quanto custa para 2 advogados?");
        message.Headers.Add(HeaderId.ContentLanguage, "pt-BR");
        var mail = EmailInboundMapper.Map(message, Options);
        Assert.Equal(message.MessageId, mail.MessageId);
        Assert.Equal("ana@customer.test", mail.Activity.From.Id);
        Assert.Equal(message.MessageId, mail.Activity.Conversation.Id);
        Assert.Equal("Preço da intimação\n\nQuanto custa para 2 advogados?", mail.Activity.Text);
        Assert.Equal("pt-BR", mail.Activity.Locale);
        Assert.Empty(mail.Referenced);
        Assert.Null(mail.AutomaticBecause);
    }

    [Fact]
    public void Map_Reply_ReferencesNearestFirst_TokenFromSubject_AttachmentsListed()
    {
        var message = Mail("ana@customer.test", "RE: Preço [#0123456789]", "Segue o contrato.");
        message.InReplyTo = "b@x";
        message.References.Add("a@x");
        message.References.Add("b@x");
        var body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "Segue o contrato." },
            new MimePart("application", "pdf") { Content = new MimeContent(new MemoryStream("%PDF-1.4"u8.ToArray())), FileName = "contrato.pdf", ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
        };
        message.Body = body;
        var mail = EmailInboundMapper.Map(message, Options);
        Assert.Equal(["b@x", "a@x"], mail.Referenced);
        Assert.Equal("0123456789", mail.Token);
        Assert.Equal("Segue o contrato.", mail.Activity.Text);
        var file = Assert.Single(mail.Files);
        Assert.Equal("contrato.pdf", file.FileName);
        var id = Guid.NewGuid();
        var attachment = Assert.Single(EmailInboundMapper.WithStoredFiles(mail, new Dictionary<int, Guid> { [0] = id }).Attachments);
        Assert.Equal($"/api/channels/email/attachments/{id:N}", attachment.ContentUrl);
        Assert.Equal("contrato.pdf", attachment.Name);
    }

    [Theory]
    [InlineData("Hello, how much does the subscription cost? Thanks", "en")]
    [InlineData("Hola, ¿cuánto cuesta el plan? Necesito un presupuesto, gracias", "es")]
    [InlineData("Olá, quanto custa a intimação? Obrigado", "pt-BR")]
    public void Language_DetectedFromWords(string text, string expected) => Assert.Equal(expected, MailLanguage.Detect(null, text));

    [Theory]
    [InlineData("RE: Fwd: Preço [#0123456789]", "Preço")]
    [InlineData("Res: Orçamento", "Orçamento")]
    [InlineData("AW: Angebot", "Angebot")]
    public void BaseSubject_DropsPrefixesAndToken(string subject, string expected) => Assert.Equal(expected, EmailThreadKeys.BaseSubject(subject));

    [Fact]
    public void OutboundMessageId_LeadsBackToTheOutboxRow()
    {
        var id = Guid.NewGuid();
        var messageId = EmailThreadKeys.OutboundMessageId(id.ToString("N"), "contactcentre.test");
        Assert.Equal(id, EmailThreadKeys.OutboxIdIn(messageId));
        Assert.Null(EmailThreadKeys.OutboxIdIn("CAF1234@mail.gmail.com"));
    }

    [Fact]
    public void Compose_Answer_IsThreadedQuotedAndAutoSubmitted_InTheCustomersLanguage()
    {
        var activity = new Activity
        {
            Id = Guid.NewGuid().ToString("N"),
            From = new ChannelAccount("bot", "Assistente", "bot"),
            Recipient = new ChannelAccount("ana@customer.test", Role: "user"),
            Conversation = new ConversationAccount("root@customer.test"),
            ChannelId = "email",
            Text = "The subscription costs R$ 100.00 a month.",
            SuggestedActions = new SuggestedActions([new CardAction("Talk to an agent", "agent")]),
        };
        var context = new EmailReplyContext
        {
            ParentMessageId = "second@customer.test",
            References = ["root@customer.test", "ours@contactcentre.test", "second@customer.test"],
            Subject = "Re: Subscription [#0123456789]",
            Token = "0123456789",
            Language = "en",
            QuotedFrom = "Ana <ana@customer.test>",
            QuotedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero),
            QuotedText = "How much is it?",
        };
        var message = EmailComposer.Compose(activity, context, Options);
        Assert.Equal("second@customer.test", message.InReplyTo);
        Assert.Equal(["root@customer.test", "ours@contactcentre.test", "second@customer.test"], message.References);
        Assert.Equal("Re: Subscription [#0123456789]", message.Subject);
        Assert.Equal("auto-replied", message.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal(EmailThreadKeys.OutboundMessageId(activity.Id, "contactcentre.test"), message.MessageId);
        Assert.Contains("You can reply with one of these options:\n1. Talk to an agent", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("On Mar 2, 2026, 10:00 AM, Ana <ana@customer.test> wrote:\n> How much is it?", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<blockquote", message.HtmlBody, StringComparison.Ordinal);
    }

    private static MimeMessage Mail(string from, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(Options.Address));
        message.Subject = subject;
        message.MessageId = $"{Guid.NewGuid():N}@customer.test";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
