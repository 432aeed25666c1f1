using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.AgentConsole.Browser;

/// <summary>Who may open which page: signed out → the sign-in form (and back); an agent is refused the supervisor view.</summary>
[Collection(WebChatCollection.Name)]
public sealed class ConsoleAccessBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SignedOutVisitToAgent_GoesToSignIn_AndBack_AnAgentGets403OnTheSupervisorView()
    {
        await using var host = await TestHost.StartAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(host, output);
        var page = await browser.NewPageAsync("visitante");

        await page.GotoAsync("/agent");
        var signIn = new Uri(page.Url);
        Assert.Equal("/signin", signIn.AbsolutePath);
        Assert.Contains("returnUrl=%2Fagent", signIn.Query, StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "signin.png");

        await ConsoleBrowser.SignInAsync(page, "ana@demo.cc");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agent");
        await Assertions.Expect(page.Locator("#cc-agent-name")).ToHaveTextAsync("Ana Souza");
        await Assertions.Expect(page.Locator("#cc-supervisor-link")).ToBeHiddenAsync();

        var supervisor = await page.GotoAsync("/agent/supervisor");
        Assert.Equal(403, supervisor!.Status);

        // The console's data is closed to the signed-out too: 401, never a redirect, for an API.
        var anonymous = await browser.NewPageAsync("anônimo");
        var queue = await anonymous.APIRequest.GetAsync("/api/console/queue", new() { MaxRedirects = 0 });
        Assert.Equal(401, queue.Status);
    }
}
