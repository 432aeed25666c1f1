using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCentre.Bot.Tests.Flows;

/// <summary>Drafts, publishing, rollback and the running catalog, on both providers (the derived classes pick one).</summary>
public abstract class FlowVersionTests
{
    protected abstract string Provider { get; }

    private const string Name = "default";

    private static string Flow(string greeting, string next = "end") => $$"""
        name: default
        start: hello
        main: route
        intents:
          price: [quanto custa]
        nodes:
          - { id: hello, type: say, text: "{{greeting}}", next: {{next}} }
          - id: route
            type: branch
            on: intent
            cases: { price: quote }
            default: hello
          - { id: quote, type: action, action: quote-price, next: end }
          - { id: end, type: end }
        """;

    private async Task<(StoreFactory Stores, FakeTimeProvider Clock)> NewWorldAsync() =>
        (await TestDatabases.CreateMigratedAsync(Provider), new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero)));

    private static FlowStore NewStore(StoreFactory stores, FakeTimeProvider clock, FlowPublications publications) =>
        new(stores, FlowTestActions.All, publications, clock);

    private static DatabaseFlowCatalog NewCatalog(StoreFactory stores, FakeTimeProvider clock, FlowPublications publications) =>
        new(stores, FlowTestActions.All, publications, clock, NullLogger<DatabaseFlowCatalog>.Instance);

    private static async Task<FlowVersion> PublishAsync(FlowStore store, string content, string author = "marta")
    {
        var draft = await store.GetDraftAsync(Name);
        var saved = await store.SaveDraftAsync(Name, content, author, draft.Revision);
        Assert.Equal(FlowChangeStatus.Saved, saved.Status);
        var published = await store.PublishAsync(Name, author, $"greeting {content.Length}");
        Assert.True(published.Succeeded, published.Reason);
        return published.Version!;
    }

    private static string Greeting(CompiledFlow flow) => flow.Document.Nodes.Single(n => n.Id == "hello").Text!;

    [Fact]
    public async Task NothingPublished_CatalogRunsTheShippedFlowAsVersion0()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());

        var flow = await NewCatalog(stores, clock, new FlowPublications()).GetActiveAsync(Name, CancellationToken.None);
        var active = await store.ActiveAsync(Name);

        Assert.Equal(0, flow.Version);
        Assert.Equal("welcome", flow.Document.Start);
        Assert.Equal(0, active!.Version);
        Assert.Equal(EmbeddedFlows.Read(Name), active.Content);
        Assert.Empty(await store.HistoryAsync(Name));
    }

    [Fact]
    public async Task Publish_InvalidDraft_IsRefusedWithErrorsNamingTheNode()
    {
        var (stores, clock) = await NewWorldAsync();
        var publications = new FlowPublications();
        var store = NewStore(stores, clock, publications);
        var saved = await store.SaveDraftAsync(Name, Flow("Olá!", next: "nowhere"), "marta", 0);

        var result = await store.PublishAsync(Name, "marta", "broken");

        Assert.Equal(FlowChangeStatus.Saved, saved.Status);
        Assert.Contains(saved.Errors, e => e.NodeId == "hello"); // a draft may be broken; it says how
        Assert.Equal(FlowChangeStatus.Invalid, result.Status);
        Assert.Null(result.Version);
        var error = Assert.Single(result.Errors);
        Assert.Equal("hello", error.NodeId);
        Assert.Equal("Node 'hello': next goes to 'nowhere', which is not a node.", error.Message);
        Assert.Contains("Node 'hello'", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await store.HistoryAsync(Name));
        Assert.Equal(0, (await NewCatalog(stores, clock, publications).GetActiveAsync(Name, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Publish_UnreadableDraft_IsRefusedWithTheLine()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        await store.SaveDraftAsync(Name, Flow("Olá!") + "\nnodez: []\n", "marta", 0);

        var result = await store.PublishAsync(Name, "marta", null);

        Assert.Equal(FlowChangeStatus.Invalid, result.Status);
        Assert.Contains("nodez", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_DocumentNamedOtherwise_IsRefused()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        await store.SaveDraftAsync(Name, Flow("Olá!").Replace("name: default", "name: sales", StringComparison.Ordinal), "marta", 0);

        var result = await store.PublishAsync(Name, "marta", null);

        Assert.Equal(FlowChangeStatus.Invalid, result.Status);
        Assert.Equal("The document's name 'sales' is not the flow's name 'default'.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task TwoManagersSaveTheSameDraft_SecondGetsConflict_NotSilentOverwrite()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        var start = await store.GetDraftAsync(Name);
        Assert.Equal(0, start.Revision);
        Assert.Equal(EmbeddedFlows.Read(Name), start.Content);

        var first = await store.SaveDraftAsync(Name, Flow("Olá da Marta"), "marta", start.Revision);
        var marta = await store.GetDraftAsync(Name);
        var joao = await store.GetDraftAsync(Name);
        var martaAgain = await store.SaveDraftAsync(Name, Flow("Olá de novo, Marta"), "marta", marta.Revision);
        var joaoStale = await store.SaveDraftAsync(Name, Flow("Olá do João"), "joao", joao.Revision);
        var createdTwice = await store.SaveDraftAsync(Name, Flow("Olá do Pedro"), "pedro", 0);

        Assert.Equal(FlowChangeStatus.Saved, first.Status);
        Assert.Equal(1, first.Draft.Revision);
        Assert.Equal(FlowChangeStatus.Saved, martaAgain.Status);
        Assert.Equal(2, martaAgain.Draft.Revision);
        Assert.Equal(FlowChangeStatus.Conflict, joaoStale.Status);
        Assert.Contains("marta", joaoStale.Reason, StringComparison.Ordinal);
        Assert.Equal(Flow("Olá de novo, Marta"), joaoStale.Draft.Content); // what João must merge with
        Assert.Equal(2, joaoStale.Draft.Revision);
        Assert.Equal(FlowChangeStatus.Conflict, createdTwice.Status);
        var kept = await store.GetDraftAsync(Name);
        Assert.Equal(Flow("Olá de novo, Marta"), kept.Content);
        Assert.Equal("marta", kept.Author);
    }

    [Fact]
    public async Task ConcurrentSaves_OfOneRevision_OnlyOneWins()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        var revision = (await store.SaveDraftAsync(Name, Flow("Olá"), "marta", 0)).Draft.Revision;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => store.SaveDraftAsync(Name, Flow($"Olá {i}"), $"manager{i}", revision))));

        Assert.Single(results, r => r.Status == FlowChangeStatus.Saved);
        Assert.Equal(5, results.Count(r => r.Status == FlowChangeStatus.Conflict));
        Assert.Equal(revision + 1, (await store.GetDraftAsync(Name)).Revision);
    }

    [Fact]
    public async Task Publish_WithStaleDraftRevision_IsConflict()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        var seen = await store.SaveDraftAsync(Name, Flow("Olá"), "marta", 0);
        await store.SaveDraftAsync(Name, Flow("Olá, mudei"), "joao", seen.Draft.Revision);

        var result = await store.PublishAsync(Name, "marta", "what I saw", expectedRevision: seen.Draft.Revision);

        Assert.Equal(FlowChangeStatus.Conflict, result.Status);
        Assert.Empty(await store.HistoryAsync(Name));
    }

    [Fact]
    public async Task Publish_WithoutDraft_IsNotFound()
    {
        var (stores, clock) = await NewWorldAsync();

        var result = await NewStore(stores, clock, new FlowPublications()).PublishAsync(Name, "marta", null);

        Assert.Equal(FlowChangeStatus.NotFound, result.Status);
        Assert.Equal("Flow 'default' has no draft to publish.", result.Reason);
    }

    [Fact]
    public async Task Publish_MakesTheDraftCopiesReadBeforeItStale()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        var read = (await store.SaveDraftAsync(Name, Flow("Olá"), "marta", 0)).Draft;
        await store.PublishAsync(Name, "marta", "v1");

        var late = await store.SaveDraftAsync(Name, Flow("Olá atrasado"), "joao", read.Revision);

        Assert.Equal(FlowChangeStatus.Conflict, late.Status);
        Assert.Equal(1, (await store.GetDraftAsync(Name)).BasedOnVersion);
    }

    [Fact]
    public async Task Publish_ActiveVersionChanges_WithoutRestart()
    {
        var (stores, clock) = await NewWorldAsync();
        var here = new FlowPublications();
        var elsewhere = new FlowPublications(); // another instance of the bot on the same database
        var store = NewStore(stores, clock, here);
        var catalog = NewCatalog(stores, clock, here);
        var otherCatalog = NewCatalog(stores, clock, elsewhere);
        Assert.Equal(0, (await catalog.GetActiveAsync(Name, CancellationToken.None)).Version);
        Assert.Equal(0, (await otherCatalog.GetActiveAsync(Name, CancellationToken.None)).Version);

        var v1 = await PublishAsync(store, Flow("Versão um"));
        var active = await catalog.GetActiveAsync(Name, CancellationToken.None);
        var otherBeforeCheck = await otherCatalog.GetActiveAsync(Name, CancellationToken.None);
        clock.Advance(DatabaseFlowCatalog.RecheckInterval + TimeSpan.FromMilliseconds(1));
        var otherAfterCheck = await otherCatalog.GetActiveAsync(Name, CancellationToken.None);

        Assert.Equal(1, v1.Version);
        Assert.Equal(1, active.Version); // at once on the instance that published
        Assert.Equal("Versão um", Greeting(active));
        Assert.Equal(0, otherBeforeCheck.Version); // cached until its next check…
        Assert.Equal(1, otherAfterCheck.Version); // …which picks it up, no restart
        Assert.Equal("Versão um", Greeting(otherAfterCheck));
        Assert.Same(otherAfterCheck, await otherCatalog.GetActiveAsync(Name, CancellationToken.None)); // compiled once

        await PublishAsync(store, Flow("Versão dois"));
        var v2 = await catalog.GetActiveAsync(Name, CancellationToken.None);
        Assert.Equal(2, v2.Version);
        Assert.Equal("Versão dois", Greeting(v2));
        Assert.Equal(2, (await store.ActiveAsync(Name))!.Version);
    }

    [Fact]
    public async Task Rollback_PublishesTheOldContentAsTheNewestVersion()
    {
        var (stores, clock) = await NewWorldAsync();
        var publications = new FlowPublications();
        var store = NewStore(stores, clock, publications);
        var catalog = NewCatalog(stores, clock, publications);
        await PublishAsync(store, Flow("Versão um"));
        await PublishAsync(store, Flow("Versão dois"));
        Assert.Equal("Versão dois", Greeting(await catalog.GetActiveAsync(Name, CancellationToken.None)));

        var result = await store.RollbackAsync(Name, 1, "carla", "v2 confundiu clientes");

        Assert.True(result.Succeeded, result.Reason);
        var restored = result.Version!;
        Assert.Equal(3, restored.Version);
        Assert.Equal(FlowVersionStatus.Published, restored.Status);
        Assert.Equal(1, restored.BasedOnVersion);
        Assert.Equal("carla", restored.Author);
        Assert.Equal(Flow("Versão um"), restored.Content);
        var active = await catalog.GetActiveAsync(Name, CancellationToken.None);
        Assert.Equal(3, active.Version);
        Assert.Equal("Versão um", Greeting(active));
        Assert.Equal(Flow("Versão um"), (await store.GetDraftAsync(Name)).Content); // the draft had no edits of its own: it follows
        var history = await store.HistoryAsync(Name);
        Assert.Equal([3, 2, 1], history.Select(v => v.Version));
        Assert.Equal(Flow("Versão dois"), history.Single(v => v.Version == 2).Content); // nothing lost
    }

    [Fact]
    public async Task Rollback_ToVersion0_RestoresTheShippedFlow_AndUnknownVersionIsNotFound()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        await PublishAsync(store, Flow("Versão um"));

        var missing = await store.RollbackAsync(Name, 7, "carla");
        var shipped = await store.RollbackAsync(Name, 0, "carla");

        Assert.Equal(FlowChangeStatus.NotFound, missing.Status);
        Assert.Equal("Flow 'default' has no version 7.", missing.Reason);
        Assert.True(shipped.Succeeded, shipped.Reason);
        Assert.Equal(2, shipped.Version!.Version);
        Assert.Equal(EmbeddedFlows.Read(Name), shipped.Version.Content);
    }

    [Fact]
    public async Task History_KeepsEveryVersion_OnlyTheNewestPublished()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());
        for (var i = 1; i <= 3; i++)
        {
            await PublishAsync(store, Flow($"Versão {i}"), author: $"manager{i}");
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        await store.RollbackAsync(Name, 2, "carla");

        var history = await store.HistoryAsync(Name);
        Assert.Equal([4, 3, 2, 1], history.Select(v => v.Version));
        Assert.Equal([FlowVersionStatus.Published, FlowVersionStatus.Archived, FlowVersionStatus.Archived, FlowVersionStatus.Archived], history.Select(v => v.Status));
        Assert.Equal(["carla", "manager3", "manager2", "manager1"], history.Select(v => v.Author));
        Assert.Equal([Flow("Versão 2"), Flow("Versão 3"), Flow("Versão 2"), Flow("Versão 1")], history.Select(v => v.Content));
        Assert.All(history, v => Assert.NotNull(v.PublishedAt));
        Assert.Equal(Flow("Versão 1"), (await store.GetVersionAsync(Name, 1))!.Content);
        await using var db = stores.Create();
        Assert.Equal(5, await db.FlowVersions.CountAsync()); // four versions and one draft
    }
}

public sealed class SqliteFlowVersionTests : FlowVersionTests
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresFlowVersionTests : FlowVersionTests
{
    protected override string Provider => "Postgres";
}
