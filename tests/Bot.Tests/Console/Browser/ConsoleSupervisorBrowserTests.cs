using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WebChat;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.AgentConsole.Browser;

/// <summary>The supervisor view: teams, agents and load, following the agents live.</summary>
[Collection(WebChatCollection.Name)]
public sealed class ConsoleSupervisorBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SupervisorView_ShowsTeamsAgentsAndLoad_AndFollowsAnAgentsStatusChangeLive()
    {
        await using var host = await TestHost.StartAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(host, output);
        var supervisor = await browser.NewPageAsync("supervisor");
        await supervisor.GotoAsync("/agent/supervisor");
        await ConsoleBrowser.SignInAsync(supervisor, "supervisor@demo.cc");
        await supervisor.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/agent/supervisor");
        await supervisor.Locator("#cc-live[data-state='connected']").WaitForAsync();

        var sales = supervisor.Locator("[data-team='sales']");
        await Assertions.Expect(sales.Locator("h3")).ToHaveTextAsync("Equipe Vendas");
        await Assertions.Expect(sales.Locator("tr[data-agent-id='rui']")).ToContainTextAsync("Rui Martins");
        await Assertions.Expect(supervisor.Locator("[data-team='support'] tr[data-agent-id='dani']")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("[data-team='central'] tr[data-agent-id='fabi']")).ToBeVisibleAsync();

        // Rui sets himself "ausente" in his console; the supervisor's page follows without a reload.
        var rui = await browser.OpenConsoleAsync("rui");
        await rui.Locator("#cc-status").SelectOptionAsync("absent");
        await Assertions.Expect(rui.Locator("#cc-notice-text")).ToContainTextAsync("Ausente");
        await Assertions.Expect(sales.Locator("tr[data-agent-id='rui'] .cc-badge")).ToHaveTextAsync("Ausente");
        await browser.ScreenshotAsync(supervisor, "supervisor.png");
        await browser.ScreenshotAsync(rui, "console-status-absent.png");
    }
}
