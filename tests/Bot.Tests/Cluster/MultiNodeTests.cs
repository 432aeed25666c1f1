using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>
/// Two real hosts (child processes) on two loopback ports, one PostgreSQL and one Redis, behind an imaginary load
/// balancer that alternates one customer's messages between them; one node is SIGKILLed in the middle of a turn
/// and the provider retries that message at the other. Every message is answered exactly once, in order.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [ClusterFact]
    public async Task CustomerAlternatesBetweenTwoNodes_OneKilledMidTurn_EveryMessageAnsweredOnce()
    {
        await using var sink = await ActivitySink.StartAsync();
        var db = await TestDatabases.NewPostgresAsync();
        var stores = new StoreFactory(db);
        var run = Guid.NewGuid().ToString("N")[..8];
        var customer = $"cluster-{run}";
        string[] settings =
        [
            "--Database:Provider=Postgres",
            $"--Database:ConnectionString={db.ConnectionString}",
            "--Database:SeedDemoData=false",
            $"--Redis:Configuration={ClusterEnvironment.Redis}",
            "--Channels:Test:Enabled=true",
            $"--Channels:Test:Secret={TestChannelClient.Secret}",
            $"--Channels:Test:SinkUrl={sink.Url}",
            "--Outbox:PollSeconds=0.2",
            "--Outbox:LeaseSeconds=2",
            "--Logging:LogLevel:Default=Warning",
        ];

        // Node A dies in its first turn after the turn's work and before its commit; node B is healthy.
        var nodeA = await BotProcess.StartAsync([.. settings, $"--Cluster:SpoolDirectory={Spool("a")}"], CrashPoints.BeforeCommit, StartTimeout);
        await using var nodeB = await BotProcess.StartAsync([.. settings, $"--Cluster:SpoolDirectory={Spool("b")}"], crashAt: null, StartTimeout);
        try
        {
            var first = TestChannelClient.PostAsync(nodeA.Client, $"{run}-1", customer, "quanto custa 3 pesquisas?");
            await nodeA.WaitForOutputAsync($"CRASHPOINT {CrashPoints.BeforeCommit}", TimeSpan.FromSeconds(30));

            // The customer's next message reaches node B while A's turn is open: B waits on the conversation's lock.
            var second = TestChannelClient.PostForOutcomeAsync(nodeB.Client, $"{run}-2", customer, "oi");
            await Task.Delay(1500);
            Assert.False(second.IsCompleted, "node B ran a turn of the conversation while node A's turn of it was open");

            await nodeA.KillAsync();
            Assert.NotNull(await Record.ExceptionAsync(async () => (await first).Dispose())); // the provider saw no answer
            Assert.Equal("processed", await second);

            // The provider retries the unanswered message; the balancer sends it to B.
            Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(nodeB.Client, $"{run}-1", customer, "quanto custa 3 pesquisas?"));
        }
        finally
        {
            await nodeA.DisposeAsync();
        }

        // A comes back; the customer's next messages alternate between the nodes, with a provider retry now and then.
        await using var restarted = await BotProcess.StartAsync([.. settings, $"--Cluster:SpoolDirectory={Spool("a2")}"], crashAt: null, StartTimeout);
        var nodes = new[] { restarted, nodeB };
        for (var i = 3; i <= 8; i++)
        {
            var node = nodes[i % 2];
            Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(node.Client, $"{run}-{i}", customer, i % 3 == 0 ? "sim" : "não"));
            if (i % 3 == 0)
            {
                Assert.Equal("duplicate", await TestChannelClient.PostForOutcomeAsync(nodes[(i + 1) % 2].Client, $"{run}-{i}", customer, "sim"));
            }
        }

        var snapshot = await SettleAsync(stores, sink);
        var ids = Enumerable.Range(1, 8).Select(i => $"{run}-{i}").ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), snapshot.Claims.Select(c => c.ProviderMessageId).Order(StringComparer.Ordinal));
        Assert.Equal(1, snapshot.Conversations);
        output.WriteLine("replies per message: " + string.Join(", ", ids.Select(id => $"{id}={snapshot.RepliesTo(id).Count}")));
        Assert.NotEmpty(snapshot.RepliesTo($"{run}-1"));
        Assert.NotEmpty(snapshot.RepliesTo($"{run}-2"));
        foreach (var id in ids)
        {
            // One turn per message (one inbound line); whatever that turn replied reached the provider exactly once.
            Assert.Single(snapshot.InboundLines(id));
            var rows = snapshot.RepliesTo(id);
            var delivered = sink.RepliesTo(id).GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key!, g => g.Count(), StringComparer.Ordinal);
            Assert.Equal(rows.Select(r => r.Id.ToString("N")).Order(StringComparer.Ordinal), delivered.Keys.Order(StringComparer.Ordinal));
            Assert.All(delivered.Values, count => Assert.Equal(1, count));
        }

        // The transcript is the conversation as it happened: each message, then its replies, nothing interleaved.
        var order = snapshot.Transcript.Where(t => t.Kind == TranscriptKind.Inbound).Select(t => StoreSnapshot.Activity(t).Id).ToList();
        Assert.Equal([$"{run}-2", $"{run}-1", .. ids.Skip(2)], order);
        output.WriteLine($"answered once each, in the order taken: {string.Join(" ", order)}; {sink.Deliveries.Count} deliveries.");
    }

    private static string Spool(string node) => Path.Combine(Path.GetTempPath(), $"cc-spool-{node}-{Guid.NewGuid():N}");

    /// <summary>Waits until every outbox row is sent and at the sink, then a quiet second in which nothing more arrives.</summary>
    private static async Task<StoreSnapshot> SettleAsync(StoreFactory stores, ActivitySink sink)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        while (true)
        {
            var snapshot = await RuntimeStore.ReadAsync(stores);
            var delivered = sink.Deliveries.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            if (snapshot.Outbox.Count > 0 && snapshot.Outbox.All(m => m.Status == OutboxStatus.Sent && delivered.Contains(m.Id.ToString("N"))))
            {
                var seen = sink.Deliveries.Count;
                await Task.Delay(1000);
                if (sink.Deliveries.Count == seen)
                {
                    return snapshot;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox did not settle: " + string.Join(", ", snapshot.Outbox.Select(m => $"{m.Id:N}:{m.Status}/{m.Attempts}")));
            }

            await Task.Delay(100);
        }
    }
}
