using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Tests.AgentConsole;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>Redis gone: conversations go on (they need only the database), the node says degraded, and the console's live events come back with Redis.</summary>
[Collection(RuntimeCollection.Name)]
public sealed class RedisOutageTests
{
    [ClusterFact]
    public async Task RedisGone_ConversationsGoOn_NodeDegraded_ConsoleGetsOffersAgainWhenRedisReturns()
    {
        await using var redis = new OwnRedis();
        await redis.StartAsync();
        await using var node = await InProcessNode.StartAsync([.. InProcessNode.Settings(TestDatabases.NewSqlite()), "--Database:SeedDemoData=true", $"--Redis:Configuration={redis.Configuration}"]);
        var cookies = new CookieContainer();
        using (var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node.Client.BaseAddress })
        using (var signIn = await browser.PostAsJsonAsync("/api/auth/signin", new { email = DemoUsers.EmailOf("ana"), password = DemoUsers.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        await using var console = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Client.BaseAddress!, "/hubs/console"), HttpTransportType.WebSockets, o => o.Cookies = cookies)
            .Build();
        var offers = new ConcurrentQueue<JsonElement>();
        console.On<JsonElement>("queueChanged", e => offers.Enqueue(e.Clone()));
        await console.StartAsync();
        Assert.Equal("ok", await ReadyAsync(node));

        await redis.KillAsync();

        // A customer is served as usual while Redis is away.
        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(node.Client, Guid.NewGuid().ToString("N"), "+5511988887777", "oi"));
        await EventuallyAsync(async () => await ReadyAsync(node) == "degraded", "ready to say degraded");

        await redis.StartAsync();
        await EventuallyAsync(async () => await ReadyAsync(node) == "ok", "ready to say ok again");

        // The backplane is back: an offer made now reaches the agent's console.
        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(node.Client, Guid.NewGuid().ToString("N"), ConsoleWorld.SilvaPhone, ConsoleWorld.BuyIntimacao));
        await EventuallyAsync(() => Task.FromResult(offers.Any(e => e.GetProperty("holder").GetString() == "offered" && e.GetProperty("holderAgentId").GetString() == "ana")),
            "the offer at the console after Redis returned");
    }

    private static async Task<string?> ReadyAsync(InProcessNode node)
    {
        using var response = await node.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // never 503 for Redis
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not reached in time: {what}");
            await Task.Delay(100);
        }
    }
}
