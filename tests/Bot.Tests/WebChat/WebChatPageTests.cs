using System.Text.Json;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>
/// The customer's page in Debian's headless chromium, driven by Playwright: the official Web Chat bundle on
/// our Direct Line endpoint. Screenshots go to artifacts/ (a CI artifact) and their paths are printed.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatPageTests(ITestOutputHelper output)
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    [Fact]
    public async Task Page_AskAQuote_SeesItRendered_ReloadResumesTheConversation_ButtonsAndUploadWork()
    {
        await using var host = await TestHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 520, Height = 860 }, Locale = "pt-BR" });
        Watch(page);

        await page.GotoAsync(host.BaseAddress.ToString());
        await page.Locator(SendBox).FillAsync(DirectLineTestClient.Question);
        await page.Locator(SendBox).PressAsync("Enter");

        await page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasText = "R$ 99,80" }).First.WaitForAsync();
        var mine = await OutgoingAsync(page, DirectLineTestClient.Question);
        Assert.Equal("sent", mine.GetProperty("status").GetString()); // the echo with our clientActivityID came back
        Assert.False(string.IsNullOrEmpty(mine.GetProperty("id").GetString()));
        await ScreenshotAsync(page, "webchat-quote.png");

        // Suggested actions: a bot message with actions shows buttons; pressing one sends its value.
        var conversationId = await page.EvaluateAsync<string>("window.contactCentreWebChat.conversationId");
        await host.App.Services.GetRequiredService<WebChatAdapter>().SendAsync(new Activity
        {
            Id = Guid.NewGuid().ToString("N"),
            From = new ChannelAccount("bot", "Assistente", "bot"),
            Conversation = new ConversationAccount(conversationId),
            ChannelId = "webchat",
            Text = "Posso ajudar em mais alguma coisa?",
            SuggestedActions = new SuggestedActions([new CardAction("Sim, quero contratar", "quero contratar"), new CardAction("Não, obrigado", "não, obrigado")]),
        }, CancellationToken.None);
        await page.Locator(".webchat__suggested-actions__button").Filter(new() { HasText = "Não, obrigado" }).ClickAsync();
        Assert.Equal("sent", (await OutgoingAsync(page, "não, obrigado")).GetProperty("status").GetString());

        // Reload: the token in sessionStorage resumes the same conversation, history included.
        await page.ReloadAsync();
        await page.Locator(".webchat__bubble").Filter(new() { HasText = "R$ 99,80" }).First.WaitForAsync();
        Assert.Equal(conversationId, await page.EvaluateAsync<string>("window.contactCentreWebChat.conversationId"));

        // Upload: attach a file, press send; Web Chat posts multipart to /upload and the echo links the stored file.
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "comprovante.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        });
        // The attachment joins the send box once its thumbnail is made (asynchronously); only then does send carry it.
        await page.WaitForFunctionAsync("() => (window.contactCentreWebChat.store.getState().sendBoxAttachments || []).length > 0");
        await page.Locator(".webchat__send-button").ClickAsync();
        var upload = await page.WaitForFunctionAsync("""
            () => (window.contactCentreWebChat.store.getState().activities || []).find(a =>
                a.from && a.from.role === 'user' && a.attachments && a.attachments.length && a.id
                && a.channelData['webchat:send-status'] === 'sent' && /\/v3\/directline\/attachments\//.test(a.attachments[0].contentUrl || ''))
            """);
        using var echoed = JsonDocument.Parse((await upload.JsonValueAsync<JsonElement>()).GetRawText());
        Assert.Equal("comprovante.png", echoed.RootElement.GetProperty("attachments")[0].GetProperty("name").GetString());
        await ScreenshotAsync(page, "webchat-after-reload-and-upload.png");
    }

    [Fact]
    public async Task EmbedSnippet_OnAnotherSite_OpensTheChatInAFrame()
    {
        await using var host = await TestHost.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } });
        Watch(page);
        var snippet = $"""<script src="{host.BaseAddress}embed.js" async></script>""";

        // The customer's site: another origin served from loopback too (Chrome keeps public pages off loopback addresses).
        await using var site = await CustomerSite.StartAsync($"<!doctype html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>Escritório Exemplo</title></head><body><h1>Escritório Exemplo</h1>{snippet}</body></html>");
        await page.GotoAsync(site.Url.ToString());
        await page.Locator(".cc-embed-button").ClickAsync();
        var frame = page.FrameLocator(".cc-embed-frame");
        await frame.Locator(SendBox).FillAsync("oi");
        await frame.Locator(SendBox).PressAsync("Enter");
        await frame.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").First.WaitForAsync();
        await ScreenshotAsync(page, "webchat-embed.png");
    }

    /// <summary>Generous timeouts (CI machines are busy) and the browser's complaints in the test output.</summary>
    private void Watch(IPage page)
    {
        page.SetDefaultTimeout(60_000);
        page.Console += (_, message) => output.WriteLine($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        page.RequestFailed += (_, request) => output.WriteLine($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 || response.Url.Contains("/upload", StringComparison.Ordinal))
            {
                output.WriteLine($"response: {response.Status} {response.Request.Method} {response.Url}");
            }
        };
    }

    /// <summary>The customer's own message in Web Chat's store: its server id and send status.</summary>
    private static async Task<JsonElement> OutgoingAsync(IPage page, string text)
    {
        var handle = await page.WaitForFunctionAsync("""
            text => {
                const a = (window.contactCentreWebChat.store.getState().activities || [])
                    .find(a => a.from && a.from.role === 'user' && a.text === text && a.channelData['webchat:send-status'] === 'sent');
                return a && { id: a.id, status: a.channelData['webchat:send-status'], clientActivityID: a.channelData.clientActivityID };
            }
            """, text);
        using var json = JsonDocument.Parse((await handle.JsonValueAsync<JsonElement>()).GetRawText());
        return json.RootElement.Clone();
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
