using System.Text.Json.Nodes;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.WebChat;
using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>The Direct Line log on both providers: ordered, gap-free, idempotent, strictly increasing timestamps.</summary>
public sealed class EfDirectLineStoreTests
{
    private static async Task<EfDirectLineStore> NewStoreAsync(string provider, string conversationId)
    {
        StoreFactory stores = await TestDatabases.CreateMigratedAsync(provider);
        var store = new EfDirectLineStore(stores, TimeProvider.System);
        await store.CreateConversationAsync(new DirectLineConversationInfo(conversationId, "dl_u", null, DateTimeOffset.UtcNow, 0), CancellationToken.None);
        return store;
    }

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text };

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Append_ConcurrentWriters_GetContiguousSequencesInCommitOrder(string provider)
    {
        var store = await NewStoreAsync(provider, "c1");

        await Task.WhenAll(Enumerable.Range(1, 30).Select(i => store.AppendAsync("c1", null, $"client-{i}", Message($"m{i}"), CancellationToken.None)));

        var log = await store.ReadAsync("c1", 0, 100, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), log.Select(a => a.Sequence));
        Assert.Equal(30, log.Select(a => a.Id).Distinct().Count());
        Assert.Equal("c1|0000001", log[0].Id);
        var stamps = log.Select(a => DateTimeOffset.Parse((string)JsonNode.Parse(a.Json)!["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.First < p.Second), "timestamps strictly increase");
        Assert.Equal(2, (await store.ReadAsync("c1", 28, 100, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Append_SameActivityIdOrClientActivityIdAgain_ReturnsTheFirstAndAppendsNothing(string provider)
    {
        var store = await NewStoreAsync(provider, "c2");

        var (reply, appended) = await store.AppendAsync("c2", "outbox-1", null, Message("resposta"), CancellationToken.None);
        var (again, appendedAgain) = await store.AppendAsync("c2", "outbox-1", null, Message("resposta"), CancellationToken.None);
        var (echo, _) = await store.AppendAsync("c2", null, "client-1", Message("pergunta"), CancellationToken.None);
        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.AppendAsync("c2", null, "client-1", Message("pergunta"), CancellationToken.None)));

        Assert.True(appended);
        Assert.False(appendedAgain);
        Assert.Equal(reply, again);
        Assert.All(retries, r => Assert.Equal((echo.Id, false), (r.Activity.Id, r.Appended)));
        Assert.Equal(2, (await store.ReadAsync("c2", 0, 100, CancellationToken.None)).Count);
        Assert.Equal(2, (await store.FindConversationAsync("c2", CancellationToken.None))!.LastSequence);
    }
}
