using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Domain.Agents;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.AgentConsole;

/// <summary>/hubs/console on real Kestrel with the SignalR client: live offers, Watch authorization, presence.</summary>
public sealed class ConsoleHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task OfferArrivesLiveAtTheOwnersConnection_AndNotAtAnotherTeams()
    {
        await using var host = await ConsoleWorld.StartAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        using var dani = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("dani"));
        await using var anaHub = ana.CreateHubConnection();
        await using var daniHub = dani.CreateHubConnection();
        var anaQueue = Collect(anaHub, "queueChanged");
        var daniQueue = Collect(daniHub, "queueChanged");
        await anaHub.StartAsync();
        await daniHub.StartAsync();

        var conversation = await ConsoleWorld.OfferToAnaAsync(host);

        var offer = await WaitForAsync(anaQueue, e => e.GetProperty("id").GetString() == conversation.Id && e.GetProperty("holder").GetString() == "offered");
        Assert.Equal("ana", offer.GetProperty("holderAgentId").GetString());
        Assert.Contains("R6", offer.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null);
        await WaitForAsync(anaQueue, e => e.GetProperty("id").GetString() == conversation.Id && e.GetProperty("holder").GetString() == "agent");
        Assert.Empty(daniQueue);
    }

    [Fact]
    public async Task WatchOfAnotherTeamsConversation_IsRefused_TheHolderWatchesTheTranscriptLive()
    {
        await using var host = await ConsoleWorld.StartAsync();
        var conversation = await ConsoleWorld.OfferToAnaAsync(host);
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        using var dani = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("dani"));
        await using var anaHub = ana.CreateHubConnection();
        await using var daniHub = dani.CreateHubConnection();
        var transcript = Collect(anaHub, "transcriptAppended");
        await anaHub.StartAsync();
        await daniHub.StartAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => daniHub.InvokeAsync("Watch", conversation.Id));
        await anaHub.InvokeAsync("Watch", conversation.Id);
        await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null);
        await ConsoleWorld.CustomerSaysAsync(host, ConsoleWorld.SilvaPhone, "vocês atendem aos sábados?");

        Assert.Contains("not offered to you", refused.Message, StringComparison.Ordinal);
        var line = await WaitForAsync(transcript, e => e.GetProperty("entry").GetProperty("text").GetString() == "vocês atendem aos sábados?");
        Assert.Equal(conversation.Id, line.GetProperty("conversationId").GetString());
        Assert.Equal("inbound", line.GetProperty("entry").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SignedOutHubConnection_IsRefusedWith401()
    {
        await using var host = await ConsoleWorld.StartAsync();
        await using var anonymous = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/console")).Build();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task AgentWhoseConsoleDisconnects_GoesOfflineAfterTheGrace_GetsNoOffer_AndIsRestoredOnReconnect()
    {
        await using var host = await ConsoleWorld.StartAsync("--Console:DisconnectGraceSeconds=1");
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        await using (var hub = ana.CreateHubConnection())
        {
            await hub.StartAsync();
            Assert.Equal(AgentStatus.Available, await StatusOfAsync(host, "ana"));
            await hub.StopAsync();
        }

        await WaitUntilAsync(async () => await StatusOfAsync(host, "ana") == AgentStatus.Offline);
        await ConsoleWorld.CustomerSaysAsync(host, ConsoleWorld.SilvaPhone, ConsoleWorld.BuyIntimacao);
        Assert.NotEqual("ana", (await ConsoleWorld.ConversationOfAsync(host, ConsoleWorld.SilvaPhone)).HolderAgentId);

        await using var again = ana.CreateHubConnection();
        await again.StartAsync();
        await WaitUntilAsync(async () => await StatusOfAsync(host, "ana") == AgentStatus.Available);
        var me = await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/me");
        Assert.Equal("available", me.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AgentWhoReconnectsWithinTheGrace_StaysAvailable()
    {
        await using var host = await ConsoleWorld.StartAsync("--Console:DisconnectGraceSeconds=3");
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        await using var second = ana.CreateHubConnection();
        await second.StartAsync();
        await using (var first = ana.CreateHubConnection())
        {
            await first.StartAsync();
            await first.StopAsync(); // a second tab closed: another connection remains
        }

        await Task.Delay(TimeSpan.FromSeconds(4)); // longer than the grace
        Assert.Equal(AgentStatus.Available, await StatusOfAsync(host, "ana"));
    }

    private static ConcurrentQueue<JsonElement> Collect(HubConnection hub, string method)
    {
        var received = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>(method, e => received.Enqueue(e.Clone()));
        return received;
    }

    private static async Task<JsonElement> WaitForAsync(ConcurrentQueue<JsonElement> received, Func<JsonElement, bool> match)
    {
        JsonElement found = default;
        await WaitUntilAsync(() => Task.FromResult(received.Any(e =>
        {
            if (!match(e))
            {
                return false;
            }

            found = e;
            return true;
        })));
        return found;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not true within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<AgentStatus> StatusOfAsync(TestHost host, string agentId)
    {
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        return (await db.Agents.AsNoTracking().SingleAsync(a => a.Id == agentId)).Status;
    }
}
