using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>
/// Per-conversation ordering across nodes on PostgreSQL: the advisory lock taken inside each turn's transaction
/// makes a turn on node B wait for node A's turn of the same conversation to commit, and read what it wrote.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class ConversationOrderingTests(ITestOutputHelper output)
{
    [ClusterFact]
    public async Task TurnLockOfAConversation_HeldUntilCommit_OtherConversationsNotBlocked()
    {
        var stores = await TestDatabases.CreateMigratedAsync("Postgres");
        var turnLock = new PostgresAdvisoryTurnLock();
        await using var first = stores.Create();
        await using var second = stores.Create();
        await using var other = stores.Create();

        await turnLock.EnterAsync(first, "test|ana", CancellationToken.None);
        var waiting = turnLock.EnterAsync(second, "test|ana", CancellationToken.None);
        await turnLock.EnterAsync(other, "test|bruno", CancellationToken.None); // another conversation goes on at once
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "a second turn of the conversation entered while the first was open");

        await first.Database.CommitTransactionAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await second.Database.RollbackTransactionAsync();
        await other.Database.RollbackTransactionAsync();
    }

    [ClusterFact]
    public async Task TwoMessagesOfOneConversationAtTwoNodes_ProcessedOneAfterTheOther()
    {
        var db = await TestDatabases.NewPostgresAsync();
        await using var nodeA = await InProcessNode.StartAsync(InProcessNode.Settings(db));
        await using var nodeB = await InProcessNode.StartAsync(InProcessNode.Settings(db));
        const int Customers = 6;
        const int Rounds = 3;
        var run = Guid.NewGuid().ToString("N")[..8];
        var customers = Enumerable.Range(0, Customers).Select(i => $"pair-{run}-{i}").ToList();

        // Each round every customer's two messages arrive at once, one at each node (the first round both race to open the conversation).
        for (var round = 0; round < Rounds; round++)
        {
            var posts = customers.SelectMany(c => new[] { (Node: nodeA, Id: $"{c}-{round}-a", From: c), (Node: nodeB, Id: $"{c}-{round}-b", From: c) });
            var outcomes = await Task.WhenAll(posts.Select(p => TestChannelClient.PostForOutcomeAsync(p.Node.Client, p.Id, p.From, "oi")));
            Assert.All(outcomes, o => Assert.Equal("processed", o));
        }

        var snapshot = await RuntimeStore.ReadAsync(nodeA.Stores);
        Assert.Equal(Customers, snapshot.Conversations);
        Assert.Equal(Customers * Rounds * 2, snapshot.Claims.Count);
        await using var context = nodeA.Stores.Create();
        foreach (var customer in customers)
        {
            var conversation = await context.Conversations.AsNoTracking().SingleAsync(c => c.CustomerAddress == customer);
            var lines = snapshot.Transcript.Where(t => t.ConversationId == conversation.Id).OrderBy(t => t.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(t => t.Sequence));
            Assert.Equal(lines.Count, conversation.TranscriptCount);

            // Turns did not interleave: each inbound line is followed by its own replies, then the next inbound.
            string? answering = null;
            var answered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines.Where(l => l.Kind is TranscriptKind.Inbound or TranscriptKind.Outbound))
            {
                var activity = StoreSnapshot.Activity(line);
                if (line.Kind == TranscriptKind.Inbound)
                {
                    answering = activity.Id!;
                    Assert.True(answered.Add(answering), $"inbound {answering} appears twice");
                }
                else
                {
                    Assert.Equal(answering, activity.ReplyToId);
                }
            }

            Assert.Equal(Rounds * 2, answered.Count);
            output.WriteLine($"{customer}: " + string.Join(" ", lines.Select(t => $"{t.Sequence}:{t.Kind}")));
        }
    }
}
