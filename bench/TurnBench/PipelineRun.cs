using System.Diagnostics;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Activity = ContactCentre.Channels.Abstractions.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCentre.Bench;

/// <summary>Drives conversations through the real TurnPipeline on a fresh SQLite file (WAL), the way a channel webhook does.</summary>
public static class PipelineRun
{
    public static async Task<Measurement> RunAsync(int conversations, int turns, int concurrency, bool useDefaultFlow)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cc-bench-{Guid.NewGuid():N}.db");
        var stores = new StoreFactory(new DatabaseOptions { ConnectionString = $"Data Source={file}", SeedDemoData = false });
        await DatabaseInitializer.MigrateAsync(stores, CancellationToken.None);

        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(stores);
        services.AddSingleton(RoutingSettings.From(configuration.GetSection("Routing")));
        services.AddSingleton(TimeProvider.System);
        services.AddConversationRuntime(configuration);
        services.AddDialogs(configuration);
        if (!useDefaultFlow)
        {
            services.AddSingleton<ITurnHandler, NoOpBot>();
        }

        await using var provider = services.BuildServiceProvider();
        var routing = provider.GetRequiredService<RoutingSettings>();
        var world = DemoWorld.Build(DateTimeOffset.UtcNow, routing.CalendarAt(DateTimeOffset.UtcNow));
        await using (var db = stores.Create())
        {
            db.Products.AddRange(world.Products);
            db.Agents.AddRange(world.Agents);
            await db.SaveChangesAsync();
        }

        var pipeline = provider.GetRequiredService<TurnPipeline>();
        string[] script = ["Boa tarde, quanto custa intimação para 2 advogados?", "e 3 pesquisas?", "vou pensar", "obrigado", "qual o valor de um estado extra?"];
        var latencies = new double[conversations * turns];
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (c, ct) =>
        {
            var address = $"+55119{c:D8}";
            for (var t = 0; t < turns; t++)
            {
                var activity = new Activity
                {
                    Id = $"bench-{c}-{t}",
                    From = new ChannelAccount(address, Role: "user"),
                    Conversation = new ConversationAccount(address),
                    ChannelId = "test",
                    Text = script[t % script.Length],
                };
                var start = Stopwatch.GetTimestamp();
                await pipeline.ProcessAsync(activity, ct);
                latencies[(c * turns) + t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        });
        total.Stop();

        int stored;
        await using (var db = stores.Create())
        {
            stored = await db.Conversations.CountAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return new Measurement(conversations * turns, total.Elapsed, latencies, stored);
    }

    /// <summary>Answers every message with one fixed reply: the pipeline's and store's cost without the dialog.</summary>
    private sealed class NoOpBot : ITurnHandler
    {
        public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            turn.Reply("ok");
            return Task.CompletedTask;
        }

        public Task ResumeAfterHandoffAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
