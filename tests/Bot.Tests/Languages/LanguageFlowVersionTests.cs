using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Languages;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Flows;
using ContactCentre.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>Each language's flow is versioned under its own id in the store (draft → published → rollback), on both providers.</summary>
public abstract class LanguageFlowVersionTests
{
    protected abstract string Provider { get; }

    private const string English = "default.en";

    private async Task<(StoreFactory Stores, FakeTimeProvider Clock)> NewWorldAsync() =>
        (await TestDatabases.CreateMigratedAsync(Provider), new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero)));

    private static FlowStore NewStore(StoreFactory stores, FakeTimeProvider clock, FlowPublications publications) =>
        new(stores, FlowTestActions.All, publications, clock);

    private static DatabaseFlowCatalog NewCatalog(StoreFactory stores, FakeTimeProvider clock, FlowPublications publications) =>
        new(stores, FlowTestActions.All, publications, clock, NullLogger<DatabaseFlowCatalog>.Instance);

    private static string EnglishWith(string welcome, string language = "en")
    {
        var shipped = EmbeddedFlows.Read(English)!;
        var start = shipped.IndexOf("  welcome: ", StringComparison.Ordinal);
        var end = shipped.IndexOf('\n', start);
        var edited = shipped[..start] + $"  welcome: \"{welcome}\"" + shipped[end..];
        return edited.Replace("\nlanguage: en\n", $"\nlanguage: {language}\n", StringComparison.Ordinal);
    }

    private static async Task PublishAsync(FlowStore store, string name, string content)
    {
        var draft = await store.GetDraftAsync(name);
        Assert.Equal(FlowChangeStatus.Saved, (await store.SaveDraftAsync(name, content, "marta", draft.Revision)).Status);
        var published = await store.PublishAsync(name, "marta", "new welcome");
        Assert.True(published.Succeeded, published.Reason);
    }

    [Fact]
    public async Task LanguageFlows_NothingPublished_AreTheShippedVersion0UnderTheirOwnIds()
    {
        var (stores, clock) = await NewWorldAsync();
        var store = NewStore(stores, clock, new FlowPublications());

        Assert.Equal(EmbeddedFlows.Read("default.en"), (await store.ActiveAsync("default.en"))!.Content);
        Assert.Equal(EmbeddedFlows.Read("default.pt-PT"), (await store.ActiveAsync("default.pt-PT"))!.Content);
        Assert.Equal(0, (await store.ActiveAsync("default.pt-PT"))!.Version);
        Assert.Empty(store.Check("default.en", EmbeddedFlows.Read("default.en")!));
        Assert.Empty(store.Check("default.pt-PT", EmbeddedFlows.Read("default.pt-PT")!));
    }

    [Fact]
    public async Task PublishedEnglishFlow_RunsForEnglishConversations_WithoutRestart_PtBrUntouched()
    {
        var (stores, clock) = await NewWorldAsync();
        var publications = new FlowPublications();
        var catalog = NewCatalog(stores, clock, publications);
        Assert.Equal(0, (await FlowLanguages.ChooseAsync(catalog, "default", "en-US", CancellationToken.None)).Version);

        await PublishAsync(NewStore(stores, clock, publications), English, EnglishWith("Welcome to version one!"));

        var english = await FlowLanguages.ChooseAsync(catalog, "default", "en-US", CancellationToken.None);
        var portuguese = await FlowLanguages.ChooseAsync(catalog, "default", "pt-BR", CancellationToken.None);
        Assert.Equal((English, 1, "Welcome to version one!"), (english.Document.Name, english.Version, english.Document.Replies["welcome"]));
        Assert.Equal(("default", 0), (portuguese.Document.Name, portuguese.Version));
    }

    [Fact]
    public async Task RollbackOfTheEnglishFlow_ToVersion0_RestoresTheShippedEnglish()
    {
        var (stores, clock) = await NewWorldAsync();
        var publications = new FlowPublications();
        var store = NewStore(stores, clock, publications);
        await PublishAsync(store, English, EnglishWith("Version one"));

        var rolled = await store.RollbackAsync(English, 0, "marta");

        Assert.True(rolled.Succeeded, rolled.Reason);
        Assert.Equal(2, rolled.Version!.Version);
        var english = await FlowLanguages.ChooseAsync(NewCatalog(stores, clock, publications), "default", "en", CancellationToken.None);
        Assert.Equal(FlowParserReplies("default.en"), english.Document.Replies["welcome"]);
    }

    [Fact]
    public async Task EnglishIdPublishedInPortuguese_IsNotUsedForEnglish_PtBrAnswers()
    {
        var (stores, clock) = await NewWorldAsync();
        var publications = new FlowPublications();
        await PublishAsync(NewStore(stores, clock, publications), English, EnglishWith("Olá, versão errada", language: "pt-BR"));

        var flow = await FlowLanguages.ChooseAsync(NewCatalog(stores, clock, publications), "default", "en", CancellationToken.None);

        Assert.Equal("default", flow.Document.Name);
        Assert.Equal("pt-BR", flow.Document.Language);
    }

    private static string FlowParserReplies(string name) => ContactCentre.Bot.Flows.FlowParser.LoadEmbedded(name).Replies["welcome"];
}

public sealed class SqliteLanguageFlowVersionTests : LanguageFlowVersionTests
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresLanguageFlowVersionTests : LanguageFlowVersionTests
{
    protected override string Provider => "Postgres";
}
