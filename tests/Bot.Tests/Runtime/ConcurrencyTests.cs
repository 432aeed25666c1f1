using System.Collections.Concurrent;
using System.Diagnostics;
using ContactCentre.Bot.Hosting;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>
/// The message path under concurrent webhooks, on the real host (in process, real Kestrel, SQLite file):
/// copies of one message make one turn, one conversation's messages run one at a time and in order,
/// and many conversations run side by side without errors.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private static Task<TestHost> StartAsync() => TestHost.StartAsync(
        "--Channels:Test:Enabled=true",
        $"--Channels:Test:Secret={TestChannelClient.Secret}",
        "--Database:SeedDemoData=false");

    [Fact]
    public async Task SameMessageFiveTimesAtOnce_RunsOneTurn()
    {
        await using var host = await StartAsync();
        var id = $"copy-{Guid.NewGuid():N}";
        var from = $"copies-{Guid.NewGuid():N}";

        var outcomes = await AllAtOnceAsync(Enumerable.Range(0, 5).Select(_ => (Func<Task<string>>)(() =>
            TestChannelClient.PostForOutcomeAsync(host.Client, id, from, "oi"))));

        Assert.Equal(1, outcomes.Count(o => o == "processed"));
        Assert.Equal(4, outcomes.Count(o => o == "duplicate"));

        var snapshot = await RuntimeStore.ReadAsync(Stores(host));
        var claim = Assert.Single(snapshot.Claims);
        Assert.Equal(id, claim.ProviderMessageId);
        Assert.Equal(1, snapshot.Conversations);
        Assert.Single(snapshot.InboundLines(id));

        // The outbox holds one turn's replies: exactly the outbound lines that turn wrote, all from its one clock reading.
        var replies = snapshot.RepliesTo(id);
        Assert.NotEmpty(replies);
        Assert.Equal(snapshot.Outbox.Count, replies.Count);
        Assert.Equal(
            snapshot.OutboundLinesReplyingTo(id).Select(t => StoreSnapshot.Activity(t).Id!).Order(StringComparer.Ordinal),
            replies.Select(r => r.Id.ToString("N")).Order(StringComparer.Ordinal));
        // One turn, one clock reading: the writer only adds the transcript position in microseconds to keep their order.
        Assert.True(replies.Max(r => r.CreatedAt) - replies.Min(r => r.CreatedAt) < TimeSpan.FromMilliseconds(1));
        output.WriteLine($"5 copies → outcomes [{string.Join(", ", outcomes)}], one turn with {replies.Count} replies.");
    }

    [Fact]
    public async Task SameMessageOnTwoNodesAtOnce_RunsOneTurn()
    {
        // Two hosts on one database have no common lock: only the claim's unique key at commit keeps the turn single.
        using var store = new RuntimeStore();
        await using var first = await StartNodeAsync(store);
        await using var second = await StartNodeAsync(store);
        const int Messages = 20;
        var run = Guid.NewGuid().ToString("N")[..8];

        var posts = Enumerable.Range(0, Messages)
            .SelectMany(i => new[] { (Node: first, Id: $"node-{run}-{i}"), (Node: second, Id: $"node-{run}-{i}") })
            .ToList();
        var outcomes = await AllAtOnceAsync(posts.Select(p => (Func<Task<string>>)(() =>
            TestChannelClient.PostForOutcomeAsync(p.Node.Client, p.Id, p.Id, "oi"))));

        var snapshot = await RuntimeStore.ReadAsync(store.Stores);
        for (var i = 0; i < Messages; i++)
        {
            var id = $"node-{run}-{i}";
            Assert.Equal(new[] { "duplicate", "processed" }, new[] { outcomes[2 * i], outcomes[(2 * i) + 1] }.Order(StringComparer.Ordinal));
            Assert.Single(snapshot.InboundLines(id));
            Assert.Equal(snapshot.OutboundLinesReplyingTo(id).Count, snapshot.RepliesTo(id).Count);
        }

        Assert.Equal(Messages, snapshot.Claims.Count);
        Assert.Equal(Messages, snapshot.Conversations);
    }

    [Fact]
    public async Task TwoMessagesOfOneConversationAtOnce_RunInOrder()
    {
        await using var host = await StartAsync();
        const int Pairs = 8;
        var customers = Enumerable.Range(0, Pairs).Select(i => $"pair-{i}-{Guid.NewGuid():N}").ToList();

        // Each customer's first two messages arrive together (both race to open the conversation); customers run side by side.
        var posts = customers.SelectMany(c => new[] { (Id: $"{c}-a", From: c, Text: "oi"), (Id: $"{c}-b", From: c, Text: "bom dia") }).ToList();
        var outcomes = await AllAtOnceAsync(posts.Select(p => (Func<Task<string>>)(() =>
            TestChannelClient.PostForOutcomeAsync(host.Client, p.Id, p.From, p.Text))));
        Assert.All(outcomes, o => Assert.Equal("processed", o));

        var snapshot = await RuntimeStore.ReadAsync(Stores(host));
        Assert.Equal(Pairs, snapshot.Conversations);
        Assert.Equal(Pairs * 2, snapshot.Claims.Count);
        await using var db = Stores(host).Create();
        foreach (var customer in customers)
        {
            var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.CustomerAddress == customer);
            var lines = snapshot.Transcript.Where(t => t.ConversationId == conversation.Id).OrderBy(t => t.Sequence).ToList();

            // Sequences 1..n: strictly increasing, none repeated, none skipped, and the conversation agrees on n.
            Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(t => t.Sequence));
            Assert.Equal(lines.Count, conversation.TranscriptCount);

            // Each inbound line is followed by its own replies before the next inbound line.
            string? answering = null;
            var repliesPerInbound = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                var activity = StoreSnapshot.Activity(line);
                if (line.Kind == TranscriptKind.Inbound)
                {
                    answering = activity.Id!;
                    Assert.True(repliesPerInbound.TryAdd(answering, 0), $"inbound {answering} appears twice");
                }
                else if (line.Kind == TranscriptKind.Outbound)
                {
                    Assert.NotNull(answering);
                    Assert.Equal(answering, activity.ReplyToId);
                    repliesPerInbound[answering]++;
                }
            }

            Assert.Equal(new[] { $"{customer}-a", $"{customer}-b" }.Order(StringComparer.Ordinal), repliesPerInbound.Keys.Order(StringComparer.Ordinal));
            Assert.All(repliesPerInbound.Values, n => Assert.True(n > 0));
            output.WriteLine($"{customer}: " + string.Join(" ", lines.Select(t => $"{t.Sequence}:{t.Kind}")));
        }
    }

    [Fact]
    public async Task ThousandConversationsInParallel_AllProcessed()
    {
        await using var host = await StartAsync();
        const int Conversations = 1000;
        var run = Guid.NewGuid().ToString("N")[..8];
        var errors = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        await Parallel.ForEachAsync(Enumerable.Range(0, Conversations), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = timeout.Token },
            async (i, ct) =>
            {
                try
                {
                    var outcome = await TestChannelClient.PostForOutcomeAsync(host.Client, $"load-{run}-{i}", $"load-{run}-{i}", "oi", ct);
                    if (outcome != "processed")
                    {
                        errors.Enqueue($"#{i}: {outcome}");
                    }
                }
                catch (HttpRequestException e)
                {
                    errors.Enqueue($"#{i}: {e.Message}");
                }
            });
        var posted = watch.Elapsed;

        Assert.Empty(errors);
        var snapshot = await RuntimeStore.ReadAsync(Stores(host));
        Assert.Equal(Conversations, snapshot.Claims.Count);
        Assert.Equal(Conversations, snapshot.Claims.Select(c => c.ConversationId).Distinct().Count());
        Assert.Equal(Conversations, snapshot.Conversations);
        Assert.Equal(Conversations, snapshot.Transcript.Count(t => t.Kind == TranscriptKind.Inbound));
        Assert.Equal(Conversations, snapshot.Outbox.Select(m => m.ReplyToProviderId).Distinct().Count());

        // The sender keeps up too: every reply leaves the outbox (no sink configured, so the channel accepts at once).
        await using var db = Stores(host).Create();
        while (await db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, timeout.Token))
        {
            await Task.Delay(100, timeout.Token);
        }

        Assert.False(await db.Outbox.AnyAsync(m => m.Status != OutboxStatus.Sent));
        output.WriteLine($"{Conversations} conversations posted in {posted.TotalSeconds:F1} s ({Conversations / posted.TotalSeconds:F0}/s); "
            + $"{snapshot.Outbox.Count} replies sent by {watch.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>A host on a given database (a second node of the same deployment), on real Kestrel.</summary>
    private static async Task<Node> StartNodeAsync(RuntimeStore store)
    {
        var app = WebHost.Build([
            "--urls", "http://127.0.0.1:0",
            $"--Database:ConnectionString={store.ConnectionString}",
            "--Database:SeedDemoData=false",
            "--Channels:Test:Enabled=true",
            $"--Channels:Test:Secret={TestChannelClient.Secret}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Node(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private sealed record Node(WebApplication App, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    private static StoreFactory Stores(TestHost host) => host.App.Services.GetRequiredService<StoreFactory>();

    /// <summary>Starts every call together (released by one gate) and returns their results in order.</summary>
    private static async Task<string[]> AllAtOnceAsync(IEnumerable<Func<Task<string>>> calls)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = calls.Select(async call =>
        {
            await gate.Task;
            return await call();
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
