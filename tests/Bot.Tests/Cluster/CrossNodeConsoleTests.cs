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

/// <summary>
/// Two nodes on one PostgreSQL and one Redis: an agent signs in on node A, her console connects to node B with
/// that cookie (the Data Protection key ring is shared), and the offer a customer's message makes on node A
/// reaches her console on node B (the SignalR Redis backplane).
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class CrossNodeConsoleTests
{
    [ClusterFact]
    public async Task AgentSignedInOnNodeA_ConsoleOnNodeB_ReceivesTheOfferMadeOnNodeA()
    {
        var db = await TestDatabases.NewPostgresAsync();
        string[] settings = [.. InProcessNode.Settings(db), "--Database:SeedDemoData=true", $"--Redis:Configuration={ClusterEnvironment.Redis}"];
        await using var nodeA = await InProcessNode.StartAsync(settings);
        await using var nodeB = await InProcessNode.StartAsync(settings);

        // Cookies are per host, not per port: the browser would send node A's cookie to node B behind one balancer.
        var cookies = new CookieContainer();
        using (var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = nodeA.Client.BaseAddress })
        using (var signIn = await browser.PostAsJsonAsync("/api/auth/signin", new { email = DemoUsers.EmailOf("ana"), password = DemoUsers.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        await using var consoleOnB = new HubConnectionBuilder()
            .WithUrl(new Uri(nodeB.Client.BaseAddress!, "/hubs/console"), HttpTransportType.WebSockets, o => o.Cookies = cookies)
            .Build();
        var offers = new ConcurrentQueue<JsonElement>();
        consoleOnB.On<JsonElement>("queueChanged", e => offers.Enqueue(e.Clone()));
        await consoleOnB.StartAsync(); // a 401 here would mean node B cannot read node A's cookie

        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(nodeA.Client, Guid.NewGuid().ToString("N"), ConsoleWorld.SilvaPhone, ConsoleWorld.BuyIntimacao));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!offers.Any(e => e.GetProperty("holder").GetString() == "offered" && e.GetProperty("holderAgentId").GetString() == "ana"))
        {
            Assert.True(DateTime.UtcNow < deadline, "node B's console did not receive the offer made on node A: " + string.Join(" | ", offers));
            await Task.Delay(50);
        }
    }
}
