using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WebChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.AgentConsole.Browser;

/// <summary>
/// Issue #6's "Must show", in a real browser: a web chat customer (Escritório Silva, demo world) asks to buy the
/// product their schedule-with-contact is about; the schedule's owner (Ana) is offered the conversation (R6).
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class ConsoleHandoffBrowserTests(ITestOutputHelper output)
{
    internal const string SilvaName = "Escritório Silva Advogados";
    internal const string SilvaIdentifies = "meu cnpj é 11.222.333/0001-81";
    internal const string SilvaBuys = "quero contratar intimação";

    [Fact]
    public async Task OwnerConsole_ShowsR6Offer_AcceptsAndReplies_BotStaysSilent_CloseBringsTheSatisfactionQuestion()
    {
        await using var host = await TestHost.StartAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(host, output);
        var ana = await browser.OpenConsoleAsync("ana");
        var customer = await browser.OpenWebChatAsync();

        await ConsoleBrowser.SayAsync(customer, SilvaIdentifies);
        await ConsoleBrowser.WaitForReplyAsync(customer, "Localizei seu cadastro");
        await ConsoleBrowser.SayAsync(customer, SilvaBuys);
        await ConsoleBrowser.WaitForReplyAsync(customer, "Ana Souza");

        // The offer arrives live (the console was open before the customer wrote), with its rule and deadline.
        var offer = ConsoleBrowser.QueueItem(ana, "offers", SilvaName);
        await offer.WaitForAsync();
        await Assertions.Expect(offer.Locator(".cc-rule", new() { HasText = "R6" })).ToBeVisibleAsync();
        await Assertions.Expect(offer.Locator(".cc-countdown")).ToContainTextAsync("expira em");

        // Opened, the routing box explains the decision in words, and the transcript has the bot part.
        await offer.Locator(".cc-item-open").ClickAsync();
        var routing = ana.Locator(".cc-routing");
        await Assertions.Expect(routing.Locator(".cc-explanation .cc-rule", new() { HasText = "R6" })).ToBeVisibleAsync();
        var explanation = System.Text.RegularExpressions.Regex.Replace(await routing.Locator(".cc-explanation").InnerTextAsync(), @"\bR\d+\b", "").Trim();
        Assert.True(explanation.Length > 10, $"the R6 decision's explanation is shown in words, got '{explanation}'");
        await Assertions.Expect(ana.Locator(".cc-entry--customer").Filter(new() { HasText = SilvaBuys })).ToBeVisibleAsync();
        await Assertions.Expect(ana.Locator(".cc-entry--bot").Filter(new() { HasText = "Localizei seu cadastro" })).ToBeVisibleAsync();
        await Assertions.Expect(ana.Locator(".cc-composer-off")).ToContainTextAsync("Aceite a oferta");
        await browser.ScreenshotAsync(ana, "console-offer-r6.png");

        await ana.Locator(".cc-chat-actions").GetByRole(AriaRole.Button, new() { Name = "Aceitar" }).ClickAsync();
        await ConsoleBrowser.QueueItem(ana, "mine", SilvaName).WaitForAsync();
        await Assertions.Expect(ana.Locator("#cc-offers .cc-item")).ToHaveCountAsync(0);

        // Enter sends; Shift+Enter would only break the line.
        const string greeting = "Olá! Aqui é a Ana. Vou cuidar da sua contratação da intimação.";
        await ana.Locator("#cc-message").FillAsync(greeting);
        await ana.Locator("#cc-message").PressAsync("Enter");
        await ConsoleBrowser.WaitForReplyAsync(customer, "Aqui é a Ana");
        await Assertions.Expect(ana.Locator(".cc-entry--agent.is-own").Filter(new() { HasText = greeting })).ToBeVisibleAsync();

        // While Ana holds the conversation the bot only relays: the customer's next line reaches Ana, the bot says nothing.
        const string thanks = "ótimo, pode fechar para 2 advogados";
        await ConsoleBrowser.SayAsync(customer, thanks);
        await ana.Locator(".cc-entry--customer").Filter(new() { HasText = thanks }).WaitForAsync();
        const string answer = "Perfeito, registrei para 2 advogados.";
        await ana.Locator("#cc-message").FillAsync(answer);
        await ana.Locator("#cc-message").PressAsync("Enter");
        await ConsoleBrowser.WaitForReplyAsync(customer, answer);
        Assert.Equal([$"ana: {answer}"], await ConsoleBrowser.RepliesAfterAsync(customer, thanks));
        var conversation = await SilvaConversationAsync(host);
        Assert.Equal(ConversationHolder.Agent, conversation.Holder);
        Assert.Equal(0, await BotLinesAfterAsync(host, conversation.Id, thanks));
        await browser.ScreenshotAsync(ana, "console-agent-replied.png");
        await browser.ScreenshotAsync(customer, "webchat-agent-reply.png");

        // Close (with its confirmation): the bot resumes and asks for the rating.
        await ana.Locator(".cc-chat-actions").GetByRole(AriaRole.Button, new() { Name = "Encerrar" }).ClickAsync();
        await ana.Locator(".cc-chat-actions").GetByRole(AriaRole.Button, new() { Name = "Sim, encerrar" }).ClickAsync();
        await ConsoleBrowser.WaitForReplyAsync(customer, "De 1 a 5");
        await Assertions.Expect(ana.Locator("#cc-mine .cc-item")).ToHaveCountAsync(0);
        await Assertions.Expect(ana.Locator(".cc-composer-off")).ToContainTextAsync("Atendimento encerrado");
        Assert.Equal(ConversationHolder.Bot, (await SilvaConversationAsync(host)).Holder);
        await browser.ScreenshotAsync(customer, "webchat-satisfaction-question.png");
    }

    [Fact]
    public async Task OwnerIgnoresOffer_AnotherSalespersonReceivesItAfterTimeout()
    {
        await using var host = await TestHost.StartAsync("--Routing:offerTimeout=15", "--Conversations:SweepSeconds=0.5");
        await using var browser = await ConsoleBrowser.LaunchAsync(host, output);
        var ana = await browser.OpenConsoleAsync("ana");
        var rui = await browser.OpenConsoleAsync("rui");
        var customer = await browser.OpenWebChatAsync();

        await ConsoleBrowser.SayAsync(customer, SilvaIdentifies);
        await ConsoleBrowser.WaitForReplyAsync(customer, "Localizei seu cadastro");
        await ConsoleBrowser.SayAsync(customer, SilvaBuys);
        await ConsoleBrowser.QueueItem(ana, "offers", SilvaName).WaitForAsync();
        await Assertions.Expect(ConsoleBrowser.QueueItem(rui, "queued", SilvaName)).ToHaveCountAsync(0);

        // Ana does nothing. At the deadline the offer lapses to the sales team, Ana excluded: Rui's console gets it live.
        var queued = ConsoleBrowser.QueueItem(rui, "queued", SilvaName);
        await queued.WaitForAsync();
        await Assertions.Expect(ConsoleBrowser.QueueItem(ana, "offers", SilvaName)).ToHaveCountAsync(0);
        var conversation = await SilvaConversationAsync(host);
        Assert.Equal(ConversationHolder.Queued, conversation.Holder);
        Assert.Equal("ana", conversation.ExcludedAgentId);
        await browser.ScreenshotAsync(rui, "console-offer-timed-out-to-team.png");

        // Rui takes it and answers; the customer sees Rui.
        await queued.GetByRole(AriaRole.Button, new() { Name = "Assumir" }).ClickAsync();
        await ConsoleBrowser.QueueItem(rui, "mine", SilvaName).WaitForAsync();
        await rui.Locator("#cc-message").FillAsync("Oi, aqui é o Rui, sigo com você.");
        await rui.Locator("#cc-message").PressAsync("Enter");
        await ConsoleBrowser.WaitForReplyAsync(customer, "aqui é o Rui");
        await Assertions.Expect(rui.Locator(".cc-transitions")).ToContainTextAsync("rui");
    }

    internal static async Task<Conversation> SilvaConversationAsync(TestHost host)
    {
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.Conversations.AsNoTracking().SingleAsync(c => c.CustomerId == "c-silva" && c.ClosedAt == null);
    }

    /// <summary>Bot lines the transcript holds after the customer's line <paramref name="after"/> (committed with that turn).</summary>
    private static async Task<int> BotLinesAfterAsync(TestHost host, string conversationId, string after)
    {
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        var lines = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderBy(t => t.Sequence).ToListAsync();
        var from = lines.FindIndex(t => t.Kind == TranscriptKind.Inbound && t.Text == after);
        Assert.True(from >= 0, "the customer's line is in the transcript");
        return lines.Skip(from + 1).Count(t => t.Kind == TranscriptKind.Outbound && t.Sender == "bot");
    }
}
