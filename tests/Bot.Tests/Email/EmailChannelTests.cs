using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Runtime;
using MimeKit;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>
/// The e-mail channel end to end on real servers: a customer's mail is put in the bot's Dovecot mailbox,
/// the product (real Kestrel, its own SQLite) reads it over IMAP and answers over SMTP into maildev.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class EmailChannelTests(MailServers servers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task CustomerMail_GetsThreadedAnswer_AndIsMarkedSeen()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Preço da intimação", "Bom dia, quanto custa a intimação para 2 advogados?\n\nObrigada,\nAna");
        await mail.Mailbox.DeliverAsync(question);

        var answer = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];
        Assert.Equal($"<{question.MessageId}>", answer.Header("in-reply-to"));
        Assert.Contains(question.MessageId!, answer.Header("references"), StringComparison.Ordinal);
        Assert.StartsWith("Re: Preço da intimação [#", answer.Subject, StringComparison.Ordinal);
        Assert.Equal("auto-replied", answer.Header("auto-submitted"));
        Assert.Equal("pt-BR", answer.Header("content-language"));
        Assert.Contains("> Bom dia, quanto custa a intimação para 2 advogados?", answer.Text, StringComparison.Ordinal);
        Assert.Contains("escreveu:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote", answer.Html, StringComparison.Ordinal);
        await mail.Mailbox.WaitSeenAsync(question.MessageId, Timeout);

        var conversation = Assert.Single(await mail.ConversationsAsync());
        Assert.Equal(question.MessageId, conversation.ChannelConversationId);
        var transcript = await mail.TranscriptAsync(conversation.Id);
        Assert.Equal(TranscriptKind.Inbound, transcript[0].Kind);
        Assert.DoesNotContain("Obrigada,\nAna", transcript[0].Text, StringComparison.Ordinal); // the signature is not the bot's to read
        Assert.Single(transcript, t => t.Kind == TranscriptKind.Outbound); // one answer, however many sentences
    }

    [Fact]
    public async Task ReplyInSameThread_ContinuesTheConversation_AndANewSubjectDoesNot()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Orçamento", "Quanto custa a intimação?");
        await mail.Mailbox.DeliverAsync(question);
        var first = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];

        var reply = TestMail.Reply(mail.Customer, mail.Bot, first, "E para 3 advogados?");
        await mail.Mailbox.DeliverAsync(reply);
        var second = (await mail.Maildev.WaitAsync(mail.Customer, 2, Timeout)).Single(m => m.Id != first.Id);
        Assert.Equal($"<{reply.MessageId}>", second.Header("in-reply-to"));
        Assert.Contains(question.MessageId!, second.Header("references"), StringComparison.Ordinal);
        Assert.Equal(first.Subject, second.Subject);

        var conversation = Assert.Single(await mail.ConversationsAsync());
        Assert.Equal(2, (await mail.TranscriptAsync(conversation.Id)).Count(t => t.Kind == TranscriptKind.Inbound));

        // Same customer, same words in the subject, but no reference to the thread: a new conversation.
        var fresh = TestMail.Plain(mail.Customer, mail.Bot, "Orçamento", "Outra dúvida: quanto custa a pesquisa?");
        await mail.Mailbox.DeliverAsync(fresh);
        await mail.Maildev.WaitAsync(mail.Customer, 3, Timeout);
        var conversations = await mail.ConversationsAsync();
        Assert.Equal(2, conversations.Count);
        Assert.Equal(fresh.MessageId, conversations[1].ChannelConversationId);
    }

    [Fact]
    public async Task OutlookStyleReply_WithRewrittenInReplyTo_IsStillThreaded()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Assinatura", "Qual o valor mensal da assinatura?");
        await mail.Mailbox.DeliverAsync(question);
        var first = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];

        // Outlook/Exchange: In-Reply-To names an id of its own copy, no References, "RE:" and Thread-* headers,
        // HTML only with the history under divRplyFwdMsg.
        var outlook = new MimeMessage();
        outlook.From.Add(new MailboxAddress("Ana Cliente", mail.Customer));
        outlook.To.Add(new MailboxAddress("Atendimento", mail.Bot));
        outlook.Subject = "RE: " + first.Subject;
        outlook.MessageId = $"DM6PR11MB{Guid.NewGuid():N}@DM6PR11MB4321.namprd11.prod.outlook.com";
        outlook.InReplyTo = $"DM6PR11MB{Guid.NewGuid():N}@DM6PR11MB4321.namprd11.prod.outlook.com";
        outlook.Headers.Add("Thread-Topic", "Assinatura");
        outlook.Headers.Add("Thread-Index", "AQHaZ3X1bV0xYzJkNGU1ZjZnN2g4aTlqMGs=");
        outlook.Body = new TextPart("html")
        {
            Text = "<html><body><div>Preciso para <b>5 usuários</b>.</div><div id=\"appendonsend\"></div><hr>"
                + "<div id=\"divRplyFwdMsg\"><b>De:</b> Atendimento<br><b>Enviado:</b> hoje</div><div>Qual o valor mensal da assinatura?</div></body></html>",
        };
        await mail.Mailbox.DeliverAsync(outlook);

        var second = (await mail.Maildev.WaitAsync(mail.Customer, 2, Timeout)).Single(m => m.Id != first.Id);
        Assert.Equal($"<{outlook.MessageId}>", second.Header("in-reply-to"));
        var conversation = Assert.Single(await mail.ConversationsAsync());
        var inbound = (await mail.TranscriptAsync(conversation.Id)).Where(t => t.Kind == TranscriptKind.Inbound).ToList();
        Assert.Equal(2, inbound.Count);
        Assert.Equal("Preciso para 5 usuários.", inbound[1].Text); // HTML as text, Outlook's history left out
    }

    [Fact]
    public async Task AutoRepliesAndBounces_AreNeverAnswered()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var outOfOffice = TestMail.Plain(mail.Customer, mail.Bot, "Resposta automática: Orçamento", "Estou fora do escritório até segunda.");
        outOfOffice.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var bulk = TestMail.Plain(mail.Customer, mail.Bot, "Novidades", "Nossa newsletter");
        bulk.Headers.Add(HeaderId.Precedence, "bulk");
        var bounce = new MimeMessage();
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "mailer-daemon@customer.test"));
        bounce.To.Add(new MailboxAddress("", mail.Bot));
        bounce.Subject = "Undelivered Mail Returned to Sender";
        bounce.MessageId = $"{Guid.NewGuid():N}@customer.test";
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "The mail could not be delivered." } };
        report.Add(new MimePart("message", "delivery-status") { Content = new MimeContent(new MemoryStream("Reporting-MTA: dns; mx.customer.test\n\nFinal-Recipient: rfc822; x@customer.test\nAction: failed\nStatus: 5.1.1\n"u8.ToArray())) });
        bounce.Body = report;
        foreach (var automatic in new[] { outOfOffice, bulk, bounce })
        {
            await mail.Mailbox.DeliverAsync(automatic);
        }

        // A person's mail after them: once it is answered, the three before it have been read.
        var person = TestMail.Plain(mail.Customer, mail.Bot, "Dúvida", "Olá, qual o horário de atendimento?");
        await mail.Mailbox.DeliverAsync(person);
        await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout);
        foreach (var automatic in new[] { outOfOffice, bulk, bounce })
        {
            await mail.Mailbox.WaitSeenAsync(automatic.MessageId, Timeout);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var answers = await mail.Maildev.ToAsync(mail.Customer);
        Assert.Equal($"<{person.MessageId}>", Assert.Single(answers).Header("in-reply-to"));
        Assert.Empty(await mail.Maildev.ToAsync("mailer-daemon@customer.test"));
        Assert.Single(await mail.ConversationsAsync());
    }

    [Fact]
    public async Task Polling_EnglishMailWithAttachment_IsAnsweredInEnglish_AndTheFileIsStored()
    {
        await using var mail = await EmailHost.StartAsync(servers, "--Channels:Email:UseIdle=false", "--Channels:Email:PollSeconds=1");
        var contract = "%PDF-1.4 signed contract"u8.ToArray();
        var question = TestMail.Plain(mail.Customer, mail.Bot, "Subscription", "Hello, please find the signed contract attached. How much is the monthly subscription? Thanks");
        question.Body = new Multipart("mixed")
        {
            question.Body!,
            new MimePart("application", "pdf")
            {
                Content = new MimeContent(new MemoryStream(contract)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = "contract.pdf",
            },
        };
        await mail.Mailbox.DeliverAsync(question);

        var answer = (await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout))[0];
        Assert.Equal("en", answer.Header("content-language"));
        Assert.Contains("wrote:", answer.Text, StringComparison.Ordinal);

        var conversation = Assert.Single(await mail.ConversationsAsync());
        Assert.Equal("en", conversation.Language);
        var inbound = ActivityJson.Deserialize((await mail.TranscriptAsync(conversation.Id))[0].ActivityJson);
        var attachment = Assert.Single(inbound.Attachments);
        Assert.Equal("contract.pdf", attachment.Name);
        using var agent = await SignedInClient.CreateUserAsync(mail.Host); // a customer's files are for agents only
        using var file = await agent.Http.GetAsync(new Uri(attachment.ContentUrl!, UriKind.Relative));
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(contract, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnseenBacklogOlderThanMaxAgeDays_IsLeftForPeople()
    {
        await using var mail = await EmailHost.StartAsync(servers, "--Channels:Email:MaxAgeDays=7");
        var old = TestMail.Plain(mail.Customer, mail.Bot, "Antigo", "Mensagem de um mês atrás: quanto custa?");
        await mail.Mailbox.DeliverAsync(old, DateTimeOffset.UtcNow.AddDays(-30));
        var recent = TestMail.Plain(mail.Customer, mail.Bot, "Novo", "Quanto custa a intimação?");
        await mail.Mailbox.DeliverAsync(recent);

        var answer = Assert.Single(await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout));
        Assert.Equal($"<{recent.MessageId}>", answer.Header("in-reply-to"));
        await mail.Mailbox.WaitSeenAsync(recent.MessageId, Timeout);
        Assert.False(await mail.Mailbox.IsSeenAsync(old.MessageId));
        Assert.Single(await mail.Maildev.ToAsync(mail.Customer));
    }

    [Fact]
    public async Task ImapServerRestarted_LosesNothing()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var before = TestMail.Plain(mail.Customer, mail.Bot, "Antes", "Quanto custa a intimação?");
        await mail.Mailbox.DeliverAsync(before);
        await mail.Maildev.WaitAsync(mail.Customer, 1, Timeout);

        // Dovecot dies under the bot's IDLE and comes back; mail arrives while the bot is reconnecting.
        await servers.RestartImapAsync();
        var during = TestMail.Plain(mail.Customer, mail.Bot, "Durante", "E quanto custa a pesquisa?");
        await mail.Mailbox.DeliverAsync(during);
        var after = TestMail.Plain(mail.Customer, mail.Bot, "Depois", "E o acompanhamento de processos?");
        await mail.Mailbox.DeliverAsync(after);

        var answers = await mail.Maildev.WaitAsync(mail.Customer, 3, Timeout);
        await mail.Mailbox.WaitSeenAsync(after.MessageId, Timeout);
        await Task.Delay(TimeSpan.FromSeconds(1));
        answers = await mail.Maildev.ToAsync(mail.Customer);
        Assert.Equal(3, answers.Count);
        Assert.Equal(
            new[] { before.MessageId, during.MessageId, after.MessageId }.Select(id => $"<{id}>").Order(),
            answers.Select(a => a.Header("in-reply-to")!).Order());
    }
}
