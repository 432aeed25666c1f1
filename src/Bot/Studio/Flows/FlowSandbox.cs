using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Scenarios.Running;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WebChat;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>What the bot did with one test-chat message.</summary>
public sealed record SandboxTurn(IReadOnlyList<string> Replies, IReadOnlyList<SandboxDecision> Decisions, string Holder, string? HandoffReason);

/// <summary>A routing decision as the test chat shows it.</summary>
public sealed record SandboxDecision(string Target, string Reason, IReadOnlyList<string> RuleIds, string Explanation);

/// <summary>
/// One manager's test chat against a flow document: its own temporary SQLite store holding a copy of production's
/// price list, knowledge base and agents (never customers, invoices or conversations), the product's own turn
/// pipeline and dialogs running the document, and channel adapters that only record. Nothing it does reaches
/// production data or a customer.
/// </summary>
public sealed class FlowSandbox : IAsyncDisposable
{
    private readonly string _file;
    private readonly string _connectionString;
    private readonly ServiceProvider _services;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _turns;

    private FlowSandbox(Guid id, string flow, string file, string connectionString, ServiceProvider services, TimeProvider clock)
    {
        Id = id;
        Flow = flow;
        _file = file;
        _connectionString = connectionString;
        _services = services;
        LastUsed = clock.GetUtcNow();
    }

    public Guid Id { get; }

    public string Flow { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>The customer the manager plays, on web chat.</summary>
    public string Address => $"studio-test-{Id:N}";

    /// <exception cref="FormatException">The document is not a readable flow.</exception>
    public static async Task<FlowSandbox> StartAsync(string flow, string content, StoreFactory production, RoutingSettings routing, TimeProvider clock, CancellationToken cancellationToken)
    {
        var compiled = ScenarioFlow.FromContent($"{flow}.flow (test chat)", content);
        var id = Guid.NewGuid();
        var file = Path.Combine(Path.GetTempPath(), $"cc-studio-chat-{id:N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        var stores = new StoreFactory(new DatabaseOptions { Provider = "Sqlite", ConnectionString = connectionString, SeedDemoData = false });
        await DatabaseInitializer.MigrateAsync(stores, cancellationToken);
        await CopyCatalogueAsync(production, stores, cancellationToken);

        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddLogging();
        services.AddSingleton(stores);
        services.AddScoped(sp => sp.GetRequiredService<StoreFactory>().Create());
        services.AddSingleton(routing);
        services.AddSingleton(clock);
        services.AddSingleton<Cluster.IConversationTurnLock, Cluster.LocalTurnLock>(); // one process, its own store
        services.AddConversationRuntime(configuration);
        services.AddDialogs(configuration);
        compiled.Register(services);
        var log = new DeliveryLog();
        foreach (var channel in ScenarioRunner.Channels)
        {
            services.AddSingleton<IChannelAdapter>(new RecordingChannelAdapter(channel, log));
        }

        return new FlowSandbox(id, flow, file, connectionString, services.BuildServiceProvider(), clock);
    }

    /// <summary>Runs one customer message through the pipeline; one at a time per sandbox.</summary>
    public async Task<SandboxTurn> SayAsync(string text, TimeProvider clock, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            LastUsed = clock.GetUtcNow();
            var now = clock.GetUtcNow();
            var inbound = ChannelEntry.For(DirectLineWire.ChannelId, Address, text, _turns++, now, "pt-BR") with
            {
                Timestamp = now,
                Recipient = new ChannelAccount(TurnContext.BotAccount.Id, TurnContext.BotAccount.Name, TurnContext.BotAccount.Role),
            };
            var result = await _services.GetRequiredService<TurnPipeline>().ProcessAsync(inbound, cancellationToken);
            await using var db = _services.GetRequiredService<StoreFactory>().Create();
            var conversation = result.ConversationId is { } id ? await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
            return new SandboxTurn(
                [.. result.Replies.Select(r => r.Text ?? "")],
                [.. result.Decisions.Select(d => new SandboxDecision(d.Target.ToString(), d.Reason, d.RuleIds, d.Explanation))],
                conversation?.Holder.ToString().ToLowerInvariant() ?? "bot",
                conversation?.HandoffReason);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _gate.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A leftover temporary file is harmless.
            }
        }
    }

    private static async Task CopyCatalogueAsync(StoreFactory production, StoreFactory sandbox, CancellationToken cancellationToken)
    {
        await using var source = production.Create();
        var products = await source.Products.AsNoTracking().ToListAsync(cancellationToken);
        var knowledge = await source.Knowledge.AsNoTracking().ToListAsync(cancellationToken);
        var agents = await source.Agents.AsNoTracking().ToListAsync(cancellationToken);
        await using var target = sandbox.Create();
        target.Products.AddRange(products);
        target.Knowledge.AddRange(knowledge);
        target.Agents.AddRange(agents);
        await target.SaveChangesAsync(cancellationToken);
    }
}
