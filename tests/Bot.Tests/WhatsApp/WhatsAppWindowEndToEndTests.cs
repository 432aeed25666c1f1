using System.Net;
using System.Net.Http.Json;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.WhatsApp;
using ContactCentre.Channels.Abstractions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>The 24-hour window on the real host: free text refused (63016, explained to agents) or sent as the flow's template; documents out.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class WhatsAppWindowEndToEndTests
{
    private const string OutsideWindowTemplate = "HX00000000000000000000000000000abc";

    [Fact]
    public async Task OutsideWindow_NoTemplate_NotSentFailed63016ExplainedToAgents()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = await WhatsAppEndToEndTests.StartConversationAsync(host, twilio);
        var before = twilio.Calls.Count;
        await WhatsAppStore.AgeLastInboundAsync(host, customer, TimeSpan.FromHours(25));

        var id = await WhatsAppStore.QueueAsync(host, customer, "Olá, seu orçamento ainda vale?");

        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Failed, what: "failed");
        Assert.Equal("63016", row.ErrorCode);
        Assert.Contains("24 horas", row.LastError, StringComparison.Ordinal);
        Assert.Equal(before, twilio.Calls.Count);
        var snapshot = await WhatsAppSnapshot.ReadAsync(host.Stores);
        Assert.Contains(snapshot.Transcript, t => t.Kind == TranscriptKind.Event && t.ActivityJson.Contains(WhatsAppNotes.FailedEvent, StringComparison.Ordinal)
            && t.Text!.Contains("63016", StringComparison.Ordinal));

        // The console's view: closed, no time left, no template to offer.
        var conversation = await WhatsAppStore.ConversationAsync(host, customer);
        using var supervisor = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        var view = await supervisor.Http.GetFromJsonAsync<WhatsAppWindowView>($"/api/channels/whatsapp/conversations/{conversation.Id}/window");
        Assert.False(view!.Open);
        Assert.Equal(0, view.SecondsLeft);
        Assert.Empty(view.Templates);
    }

    [Fact]
    public async Task OutsideWindow_FlowHasTemplate_SentAsContentSidWithTheText()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio, WithTemplates(new() { [WhatsAppOutboundPolicy.OutsideWindowPurpose] = OutsideWindowTemplate }));
        var customer = await WhatsAppEndToEndTests.StartConversationAsync(host, twilio);
        await WhatsAppStore.AgeLastInboundAsync(host, customer, TimeSpan.FromHours(30));

        var id = await WhatsAppStore.QueueAsync(host, customer, "Seu orçamento está pronto.");

        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Sent, what: "sent");
        var call = twilio.Accepted.Single(c => c.Sid == row.ProviderMessageId);
        Assert.Equal(OutsideWindowTemplate, call.Field("ContentSid"));
        Assert.Equal("Seu orçamento está pronto.", System.Text.Json.JsonDocument.Parse(call.Field("ContentVariables")!).RootElement.GetProperty("1").GetString());
        Assert.Null(call.Field("Body"));

        var conversation = await WhatsAppStore.ConversationAsync(host, customer);
        using var supervisor = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        var view = await supervisor.Http.GetFromJsonAsync<WhatsAppWindowView>($"/api/channels/whatsapp/conversations/{conversation.Id}/window");
        Assert.Equal([new WhatsAppTemplateView(WhatsAppOutboundPolicy.OutsideWindowPurpose, OutsideWindowTemplate)], view!.Templates);
    }

    [Fact]
    public async Task InsideWindow_ConsoleSeesTimeLeft_AndADocumentGoesAsMediaUrl()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = await WhatsAppEndToEndTests.StartConversationAsync(host, twilio);
        var conversation = await WhatsAppStore.ConversationAsync(host, customer);

        using var supervisor = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        var view = await supervisor.Http.GetFromJsonAsync<WhatsAppWindowView>($"/api/channels/whatsapp/conversations/{conversation.Id}/window");
        Assert.True(view!.Open);
        Assert.InRange(view.SecondsLeft, 24 * 3600 - 120, 24 * 3600);

        var id = await WhatsAppStore.QueueAsync(host, customer, "Segue o boleto.", [new Attachment("application/pdf", "/files/boleto-0001.pdf", "boleto.pdf")]);
        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Sent, what: "sent");
        var call = twilio.Accepted.Single(c => c.Sid == row.ProviderMessageId);
        Assert.Equal(host.BaseUrl + "/files/boleto-0001.pdf", call.Field("MediaUrl"));
        Assert.Equal("Segue o boleto.", call.Field("Body"));

        using var signedOut = await host.Client.GetAsync(new Uri("/api/channels/whatsapp/conversations/nope/window", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode); // the console reads it with the agent's session
        using var notWhatsApp = await supervisor.Http.GetAsync(new Uri("/api/channels/whatsapp/conversations/nope/window", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notWhatsApp.StatusCode);
    }

    /// <summary>The shipped flow with these WhatsApp templates, as a manager would configure them.</summary>
    private static Action<WebApplicationBuilder> WithTemplates(Dictionary<string, string> templates) => builder =>
    {
        var document = FlowParser.LoadEmbedded();
        foreach (var (purpose, sid) in templates)
        {
            document.Templates[purpose] = sid;
        }

        builder.Services.RemoveAll<IFlowCatalog>();
        builder.Services.AddSingleton<IFlowCatalog>(new FixedFlowCatalog(new CompiledFlow(document, 1)));
    };

    private sealed class FixedFlowCatalog(CompiledFlow flow) : IFlowCatalog
    {
        public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken) => Task.FromResult(flow);
    }
}
