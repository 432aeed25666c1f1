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
    /// <summary>
    /// A migrated store holding the price list, the agents and <paramref name="storedConversations"/> earlier
    /// conversations, checkpointed into one file that each run copies (so both runs start from the same store).
    /// </summary>
    public static async Task<string> CreateTemplateAsync(int storedConversations)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cc-bench-template-{Guid.NewGuid():N}.db");
        var stores = Stores(file);
        await DatabaseInitializer.MigrateAsync(stores, CancellationToken.None);
        var routing = RoutingSettings.From(new ConfigurationBuilder().Build().GetSection("Routing"));
        var world = DemoWorld.Build(DateTimeOffset.UtcNow, routing.CalendarAt(DateTimeOffset.UtcNow));
        await using (var db = stores.Create())
        {
            db.Products.AddRange(world.Products);
            db.Agents.AddRange(world.Agents);
            await db.SaveChangesAsync();
        }

        await StoredHistory.PrefillAsync(stores, storedConversations);
        StoredHistory.Checkpoint(stores.Options.ConnectionString);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return file;
    }

    public static void Delete(string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static StoreFactory Stores(string file) =>
        new(new DatabaseOptions { ConnectionString = $"Data Source={file}", SeedDemoData = false });

    public static async Task<Measurement> RunAsync(string template, int conversations, int turns, int concurrency, bool useDefaultFlow)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cc-bench-{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        var stores = Stores(file);

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
        var pipeline = provider.GetRequiredService<TurnPipeline>();
        // Warm-up outside the measurement: JIT, the flow's compiled understanding and the caches, as a
        // running host has them before its first real customer.
        await DriveAsync(pipeline, "warm", Math.Min(conversations, concurrency), turns, concurrency, null);
        var latencies = new double[conversations * turns];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        await DriveAsync(pipeline, "bench", conversations, turns, concurrency, latencies);
        total.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        int stored;
        await using (var db = stores.Create())
        {
            stored = await db.Conversations.CountAsync();
        }

        Delete(file);
        return new Measurement(conversations * turns, total.Elapsed, latencies, stored, cpu);
    }

    private static readonly string[] Script = ["Boa tarde, quanto custa intimação para 2 advogados?", "e 3 pesquisas?", "vou pensar", "obrigado", "qual o valor de um estado extra?"];

    /// <summary>Each conversation's turns in order (as one customer types), <paramref name="concurrency"/> conversations at a time.</summary>
    private static Task DriveAsync(TurnPipeline pipeline, string prefix, int conversations, int turns, int concurrency, double[]? latencies) =>
        Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (c, ct) =>
        {
            var address = prefix == "bench" ? $"+55119{c:D8}" : $"+55117{c:D8}";
            for (var t = 0; t < turns; t++)
            {
                var activity = new Activity
                {
                    Id = $"{prefix}-{c}-{t}",
                    From = new ChannelAccount(address, Role: "user"),
                    Conversation = new ConversationAccount(address),
                    ChannelId = "test",
                    Text = Script[t % Script.Length],
                };
                var start = Stopwatch.GetTimestamp();
                var result = await pipeline.ProcessAsync(activity, ct);
                if (result.Outcome != TurnOutcome.Processed)
                {
                    throw new InvalidOperationException($"Turn {activity.Id} was {result.Outcome}, not processed.");
                }

                if (latencies is not null)
                {
                    latencies[(c * turns) + t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }
        });

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
