using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>
/// Exactly-once replies across crashes: the real host runs as a child process armed with CC_CRASH_AT,
/// is SIGKILLed at the named point, and restarted on the same database; the sink (the provider's
/// side) counts what reached it, per inbound message and per reply activity.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CrashTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    /// <summary>After the outbox looks done, how long nothing more may reach the sink (a late duplicate would).</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1.5);

    [Theory]
    [InlineData(CrashPoints.BeforeCommit)]
    [InlineData(CrashPoints.AfterCommit)]
    [InlineData(CrashPoints.AfterProviderAccepted)]
    public async Task Crash_AtPoint_ThenRestart_AnswersEveryInboundOnce(string point)
    {
        await using var sink = await ActivitySink.StartAsync();
        using var store = new RuntimeStore();
        var run = Guid.NewGuid().ToString("N")[..8];
        var customer = $"crash-{point}-{run}";
        var first = $"{point}-first-{run}";
        var second = $"{point}-second-{run}";

        // 1. The host armed at the point gets the message and dies there.
        string[] crashSettings = point == CrashPoints.AfterCommit
            // Only the signal after commit (which the crash point precedes) wakes the sender: with polling,
            // it could be sending this turn's reply at the kill, which is the after-provider-accepted window.
            ? [.. Settings(store, sink), "--Outbox:PollSeconds=60"]
            : Settings(store, sink);
        await using (var crashing = await BotProcess.StartAsync(crashSettings, point, StartTimeout))
        {
            var post = TestChannelClient.PostAsync(crashing.Client, first, customer, "oi");
            if (point == CrashPoints.AfterProviderAccepted)
            {
                // The turn committed and the provider got its ack; the sender dies after the sink accepted a reply.
                using var acked = await post;
                Assert.Equal("processed", await TestChannelClient.OutcomeAsync(acked));
            }

            await crashing.WaitForOutputAsync($"CRASHPOINT {point}", CrashTimeout);
            await crashing.KillAsync();
            output.WriteLine($"{point}: host {crashing.Id} SIGKILLed at the crash point.");

            if (point == CrashPoints.AfterProviderAccepted)
            {
                Assert.NotEmpty(sink.RepliesTo(first));
            }
            else
            {
                // The provider saw the connection die without an answer: it will retry.
                var failure = await Record.ExceptionAsync(async () => (await post).Dispose());
                Assert.NotNull(failure);
                Assert.Empty(sink.RepliesTo(first));
            }
        }

        // 2. The same database, no crash point armed.
        await using var restarted = await BotProcess.StartAsync(Settings(store, sink), crashAt: null, StartTimeout);
        if (point != CrashPoints.AfterProviderAccepted)
        {
            // The provider's retry of the unacknowledged message: runs the turn (nothing was committed) or is a duplicate (it was).
            var outcome = await TestChannelClient.PostForOutcomeAsync(restarted.Client, first, customer, "oi");
            Assert.Equal(point == CrashPoints.BeforeCommit ? "processed" : "duplicate", outcome);
        }

        // 3. The restarted host answers a new message normally.
        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(restarted.Client, second, customer, "bom dia"));

        await SettleAsync(store, sink, restarted);
        var snapshot = await RuntimeStore.ReadAsync(store.Stores);
        Assert.Equal(2, snapshot.Claims.Count);
        Assert.Equal(1, snapshot.Conversations);
        Assert.DoesNotContain(snapshot.Outbox, m => m.Status != OutboxStatus.Sent);

        var extra = 0;
        extra += AssertAnswered(snapshot, sink, first, point, maxDeliveriesPerReply: point == CrashPoints.AfterProviderAccepted ? 2 : 1);
        extra += AssertAnswered(snapshot, sink, second, point, maxDeliveriesPerReply: 1);
        Assert.InRange(extra, 0, point == CrashPoints.AfterProviderAccepted ? 1 : 0);
        Assert.All(sink.Deliveries, d => Assert.Contains(d.ReplyToId, new[] { first, second }));
        output.WriteLine($"{point}: {sink.Deliveries.Count} deliveries at the sink, {extra} beyond exactly-once; arrival order: "
            + string.Join(" ", sink.Deliveries.Select(d => $"{d.ReplyToId}/{d.Id?[..6]}")));
    }

    private static string[] Settings(RuntimeStore store, ActivitySink sink) =>
    [
        $"--Database:ConnectionString={store.ConnectionString}",
        "--Database:SeedDemoData=false",
        "--Channels:Test:Enabled=true",
        $"--Channels:Test:Secret={TestChannelClient.Secret}",
        $"--Channels:Test:SinkUrl={sink.Url}",
        "--Outbox:PollSeconds=0.2",
        // The lease a killed sender leaves behind lapses in 2 s instead of 60, so its row is retried within the test.
        "--Outbox:LeaseSeconds=2",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>
    /// One turn answered <paramref name="inboundId"/> (one inbound line; its outbound lines are its outbox rows),
    /// and the sink got each of that turn's reply activities, nothing else; returns deliveries beyond one each.
    /// </summary>
    private int AssertAnswered(StoreSnapshot snapshot, ActivitySink sink, string inboundId, string point, int maxDeliveriesPerReply)
    {
        Assert.Single(snapshot.InboundLines(inboundId));
        var rows = snapshot.RepliesTo(inboundId);
        Assert.NotEmpty(rows);
        var turnReplies = rows.Select(r => r.Id.ToString("N")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(turnReplies, snapshot.OutboundLinesReplyingTo(inboundId).Select(t => StoreSnapshot.Activity(t).Id!).ToHashSet(StringComparer.Ordinal));

        var perReply = sink.RepliesTo(inboundId).GroupBy(d => d.Id ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"{point}: inbound {inboundId} answered by one turn of {rows.Count} repl{(rows.Count == 1 ? "y" : "ies")}; deliveries per reply: "
            + string.Join(", ", perReply.Select(p => $"{p.Key}={p.Value}")));
        Assert.Equal(turnReplies.Order(StringComparer.Ordinal), perReply.Keys.Order(StringComparer.Ordinal));
        Assert.All(perReply.Values, count => Assert.InRange(count, 1, maxDeliveriesPerReply));
        return perReply.Values.Sum(count => count - 1);
    }

    /// <summary>Waits until every outbox row is final and at the sink, then a quiet period with nothing new arriving.</summary>
    private static async Task SettleAsync(RuntimeStore store, ActivitySink sink, BotProcess host)
    {
        var deadline = DateTime.UtcNow + SettleTimeout;
        while (true)
        {
            var snapshot = await RuntimeStore.ReadAsync(store.Stores);
            var delivered = sink.Deliveries.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var done = snapshot.Outbox.Count > 0
                && snapshot.Outbox.All(m => m.Status is not (OutboxStatus.Pending or OutboxStatus.Sending) && delivered.Contains(m.Id.ToString("N")));
            if (done)
            {
                var seen = sink.Deliveries.Count;
                await Task.Delay(QuietPeriod);
                var after = await RuntimeStore.ReadAsync(store.Stores);
                if (sink.Deliveries.Count == seen && after.Outbox.Count == snapshot.Outbox.Count)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                var states = string.Join(", ", snapshot.Outbox.Select(m => $"{m.Id:N}:{m.Status}/{m.Attempts}/{m.LastError}"));
                throw new TimeoutException($"The outbox did not settle within {SettleTimeout}: [{states}]\nHost output:\n{host.Output}");
            }

            await Task.Delay(100);
        }
    }
}
