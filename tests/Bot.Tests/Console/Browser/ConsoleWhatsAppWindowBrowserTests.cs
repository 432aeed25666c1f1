using System.Text.Json;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Tests.WebChat;
using ContactCentre.Bot.Tests.WhatsApp;
using ContactCentre.Bot.WhatsApp;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.AgentConsole.Browser;

/// <summary>
/// Issue #7's console part: the agent sees the time left in WhatsApp's 24-hour window, and outside it the composer
/// becomes a picker of the flow's approved templates, sent to (fake) Twilio as a ContentSid.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class ConsoleWhatsAppWindowBrowserTests(ITestOutputHelper output)
{
    private const string SilvaPhone = "+5511999990001";
    private const string OutsideWindowTemplate = "HX0000000000000000000000000000c0e1";

    [Fact]
    public async Task WhatsAppConversation_ShowsTimeLeft_OutsideTheWindowOffersTemplatesInsteadOfFreeText()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio, WithOutsideWindowTemplate);
        await using var browser = await ConsoleBrowser.LaunchAsync(new Uri(host.BaseUrl), output);
        var ana = await browser.OpenConsoleAsync("ana");

        // Silva writes on WhatsApp (identified by the phone) and asks for the product Ana's schedule is about: R6.
        using (var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), SilvaPhone, "quero contratar intimação")))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        var offer = ConsoleBrowser.QueueItem(ana, "offers", ConsoleHandoffBrowserTests.SilvaName);
        await Assertions.Expect(offer.Locator(".cc-channel")).ToHaveTextAsync("WA");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Aceitar" }).ClickAsync();
        var window = ana.Locator(".cc-window");
        await Assertions.Expect(window).ToContainTextAsync("faltam 23 h");
        await Assertions.Expect(ana.Locator("#cc-message")).ToBeEditableAsync();
        await browser.ScreenshotAsync(ana, "console-whatsapp-window-open.png");

        // A day later the customer has not written again: free text would be refused (63016); only templates go.
        await WhatsAppEndToEndTests.SettledAsync(host, twilio); // the bot's replies left inside the window
        var before = twilio.Accepted.Count;
        await WhatsAppStore.AgeLastInboundAsync(host, SilvaPhone, TimeSpan.FromHours(25));
        await ana.ReloadAsync(); // the page keeps the selected conversation (?c=…)
        await Assertions.Expect(window).ToContainTextAsync("Janela de 24 h encerrada");
        await Assertions.Expect(ana.Locator("#cc-message")).ToHaveCountAsync(0);
        await Assertions.Expect(ana.Locator("#cc-template option")).ToHaveTextAsync(["Retomar contato (fora da janela de 24 h)"]);
        await ana.Locator("#cc-template-text").FillAsync("Seu orçamento de intimação está pronto.");
        await browser.ScreenshotAsync(ana, "console-whatsapp-templates.png");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Enviar modelo" }).ClickAsync();

        var call = await WhatsAppHost.EventuallyAsync(() => Task.FromResult(twilio.Accepted.Skip(before).FirstOrDefault()),
            c => c is not null, TimeSpan.FromSeconds(60), "the template reached Twilio");
        Assert.Equal(OutsideWindowTemplate, call!.Field("ContentSid"));
        Assert.Null(call.Field("Body"));
        Assert.Equal("Seu orçamento de intimação está pronto.", JsonDocument.Parse(call.Field("ContentVariables")!).RootElement.GetProperty("1").GetString());
    }

    private static void WithOutsideWindowTemplate(WebApplicationBuilder builder)
    {
        var document = FlowParser.LoadEmbedded();
        document.Templates[WhatsAppOutboundPolicy.OutsideWindowPurpose] = OutsideWindowTemplate;
        builder.Services.RemoveAll<IFlowCatalog>();
        builder.Services.AddSingleton<IFlowCatalog>(new FixedFlowCatalog(new CompiledFlow(document, 1)));
    }

    private sealed class FixedFlowCatalog(CompiledFlow flow) : IFlowCatalog
    {
        public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken) => Task.FromResult(flow);
    }
}
