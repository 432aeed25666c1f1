using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Dialogs.Actions;
using ContactCentre.Bot.Email;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>The <c>email-quote</c> flow action: an itemised HTML quote with the PDF attached, through the outbox and real SMTP.</summary>
[Collection(MailCollection.Name)]
public sealed class EmailQuoteTests(MailServers servers)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EmailQuote_FromAnotherChannel_SendsItemisedHtmlAndPdf()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var services = mail.Host.App.Services;
        var customer = mail.Customer;

        string outcome;
        Guid quoteId;
        await using (var db = services.GetRequiredService<StoreFactory>().Create())
        {
            var turn = await NewTurnAsync(services, db, "webchat", "visitor-1", $"quanto custa a intimação para 2 advogados? meu e-mail é {customer}");
            outcome = await Action(services).RunAsync(turn, new FlowNode { Id = "quote-by-mail", Type = "action" }, CancellationToken.None);
            quoteId = db.Quotes.Local.Single().Id;
            Assert.Equal(customer, db.Quotes.Local.Single().SentByEmailTo);
            Assert.Contains(turn.Turn.Replies, r => r.Text == $"Enviei o orçamento para {customer}.");
            await db.SaveChangesAsync();
        }

        Assert.Equal("sent", outcome);
        services.GetRequiredService<OutboxSignal>().Notify();
        var received = Assert.Single(await mail.Maildev.WaitAsync(customer, 1, Timeout));
        Assert.Equal($"Orçamento nº {quoteId.ToString("N")[..8].ToUpperInvariant()}", received.Subject);
        Assert.Contains("<table", received.Html, StringComparison.Ordinal);
        Assert.Contains("Intimação", received.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("R$", received.Html, StringComparison.Ordinal);
        Assert.Contains("Total", received.Html, StringComparison.Ordinal);
        Assert.Contains("Total", received.Text, StringComparison.Ordinal); // the chat-style quote as the plain alternative
        var (fileName, contentType) = Assert.Single(received.Attachments);
        Assert.Equal("application/pdf", contentType);
        var pdf = await mail.Maildev.AttachmentAsync(received.Id, fileName);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task EmailQuote_InAnEmailThread_ReplacesTheTextQuote_InTheSameAnswer()
    {
        await using var mail = await EmailHost.StartAsync(servers);
        var services = mail.Host.App.Services;
        await using var db = services.GetRequiredService<StoreFactory>().Create();
        var turn = await NewTurnAsync(services, db, "email", mail.Customer, "Quanto custa a intimação para 3 advogados?");
        var node = new FlowNode { Id = "quote", Type = "action" };

        Assert.Equal("quoted-prospect", await new QuotePriceAction().RunAsync(turn, node, CancellationToken.None));
        Assert.Equal("sent", await Action(services).RunAsync(turn, node, CancellationToken.None));

        var answer = Assert.Single(EmailReplies.Merge(turn.Turn.Replies));
        Assert.Equal("email", answer.ChannelId);
        Assert.Equal(mail.Customer, answer.Recipient?.Id);
        var data = answer.ChannelData!.Value;
        Assert.Contains("<table", data.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("subject").ValueKind); // the thread's "Re:" subject is kept
        Assert.Equal("application/pdf", Assert.Single(answer.Attachments).ContentType);
    }

    private static EmailQuoteAction Action(IServiceProvider services) => services.GetServices<IFlowAction>().OfType<EmailQuoteAction>().Single();

    private static async Task<FlowTurn> NewTurnAsync(IServiceProvider services, ContactCentreDbContext db, string channel, string address, string text)
    {
        var now = DateTimeOffset.UtcNow;
        var conversation = new Conversation
        {
            Id = Guid.NewGuid().ToString("N"),
            Channel = channel,
            CustomerAddress = address,
            ChannelConversationId = $"{Guid.NewGuid():N}@customer.test",
            StartedAt = now,
            LastActivityAt = now,
        };
        db.Conversations.Add(conversation);
        var inbound = new Activity
        {
            Id = conversation.ChannelConversationId,
            From = new ChannelAccount(address, Role: "user"),
            Conversation = new ConversationAccount(conversation.ChannelConversationId),
            ChannelId = channel,
            Text = text,
        };
        var turn = new TurnContext(db, conversation, inbound, now, services.GetRequiredService<RoutingSettings>());
        var flow = new CompiledFlow(FlowParser.LoadEmbedded(), 0);
        var products = await db.Products.AsNoTracking().ToListAsync();
        return new FlowTurn(turn, flow, new DialogState(), TurnUnderstanding.Of(text, flow, products, DateOnly.FromDateTime(now.UtcDateTime)), products);
    }
}
