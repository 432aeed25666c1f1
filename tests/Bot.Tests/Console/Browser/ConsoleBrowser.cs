using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

// Not "…Tests.Console": that namespace would hide System.Console in the test project.
namespace ContactCentre.Bot.Tests.AgentConsole.Browser;

/// <summary>
/// Debian's headless chromium (Playwright) against the real host: the customer's web chat page and agents'
/// consoles, each in its own browser context (own cookies, like separate people on separate machines).
/// Screenshots go to artifacts/console/ and their paths are printed.
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    public const string DemoPassword = "demo1234";
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly ITestOutputHelper output;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser, Uri baseAddress, ITestOutputHelper output)
    {
        this.playwright = playwright;
        Browser = browser;
        BaseAddress = baseAddress;
        this.output = output;
    }

    public IBrowser Browser { get; }
    public Uri BaseAddress { get; }

    public static Task<ConsoleBrowser> LaunchAsync(TestHost host, ITestOutputHelper output) => LaunchAsync(host.BaseAddress, output);

    public static async Task<ConsoleBrowser> LaunchAsync(Uri baseAddress, ITestOutputHelper output)
    {
        Assertions.SetDefaultExpectTimeout(60_000); // CI machines are busy; a failing expectation still fails, just later
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        return new ConsoleBrowser(playwright, browser, baseAddress, output);
    }

    /// <summary>A fresh context (no cookies) with one page.</summary>
    public async Task<IPage> NewPageAsync(string who, int width = 1360, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "pt-BR", BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        Watch(page, who);
        return page;
    }

    /// <summary>An agent's console: /agent sends the signed-out visitor to the sign-in form, which brings them back, live.</summary>
    public async Task<IPage> OpenConsoleAsync(string agentId)
    {
        var page = await NewPageAsync(agentId);
        await page.GotoAsync("/agent");
        await SignInAsync(page, $"{agentId}@demo.cc");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agent");
        await page.Locator("#cc-live[data-state='connected']").WaitForAsync();
        await Assertions.Expect(page.Locator("#cc-agent-team")).ToContainTextAsync("Equipe");
        return page;
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();
    }

    /// <summary>The customer's web chat page at /.</summary>
    public async Task<IPage> OpenWebChatAsync()
    {
        var page = await NewPageAsync("cliente", 520, 860);
        await page.GotoAsync("/");
        await page.Locator(SendBox).WaitForAsync();
        return page;
    }

    /// <summary>The customer types a line and presses Enter; waits until Web Chat marks it sent.</summary>
    public static async Task SayAsync(IPage customer, string text)
    {
        await customer.Locator(SendBox).FillAsync(text);
        await customer.Locator(SendBox).PressAsync("Enter");
        await customer.WaitForFunctionAsync("""
            text => (window.contactCentreWebChat.store.getState().activities || [])
                .some(a => a.from && a.from.role === 'user' && a.text === text && a.channelData['webchat:send-status'] === 'sent')
            """, text);
    }

    /// <summary>Waits for a message to the customer (bot or agent) containing <paramref name="text"/>.</summary>
    public static Task WaitForReplyAsync(IPage customer, string text) =>
        customer.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasText = text }).First.WaitForAsync();

    /// <summary>The texts of the messages the customer received after their own message <paramref name="after"/>, in order.</summary>
    public static async Task<string[]> RepliesAfterAsync(IPage customer, string after) =>
        await customer.EvaluateAsync<string[]>("""
            after => {
                const all = (window.contactCentreWebChat.store.getState().activities || []).filter(a => a.type === 'message');
                const i = all.findIndex(a => a.from && a.from.role === 'user' && a.text === after);
                return all.slice(i + 1).filter(a => !a.from || a.from.role !== 'user').map(a => `${a.from && a.from.id}: ${a.text}`);
            }
            """, after);

    /// <summary>A queue item (offers, queued, mine) of the console, by customer name.</summary>
    public static ILocator QueueItem(IPage console, string list, string customerName) =>
        console.Locator($"#cc-{list} .cc-item").Filter(new() { HasText = customerName });

    public async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Artifacts, "console");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>Generous timeouts (CI machines are busy) and the browser's complaints in the test output.</summary>
    private void Watch(IPage page, string who)
    {
        page.SetDefaultTimeout(60_000);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                output.WriteLine($"[{who}] console.{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => output.WriteLine($"[{who}] page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"[{who}] response: {response.Status} {response.Request.Method} {response.Url}");
            }
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
