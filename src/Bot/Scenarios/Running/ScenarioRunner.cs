using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Outbound;
using ContactCentre.Bot.Outbound.FollowUps;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Sales;
using ContactCentre.Domain.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>The outcome of one scenario.</summary>
/// <param name="Scenario">The scenario run.</param>
/// <param name="Failure">Why it failed (one line), or null when it passed.</param>
/// <param name="Turns">The turns that ran, in order (up to the failing one).</param>
public sealed record ScenarioResult(Scenario Scenario, string? Failure, IReadOnlyList<TurnObservation> Turns)
{
    /// <summary>Every turn ran and every expectation held.</summary>
    public bool Passed => Failure is null;
}

/// <summary>
/// Runs one scenario in a fresh, isolated world: a temporary SQLite file, the scenario's clock, its rule
/// parameters, recording channel adapters, and the product's own turn pipeline, dialogs, agent actions,
/// sweeper and outbox drainer, called directly instead of from hosted services.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The customer channels of the contract; each gets a recording adapter.</summary>
    public static IReadOnlyList<string> Channels => ScenarioVocabulary.Channels;

    /// <summary>Runs the scenario to its end or its first failing turn.</summary>
    public static async Task<ScenarioResult> RunAsync(PreparedScenario prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var scenario = prepared.Scenario;
        var file = Path.Combine(Path.GetTempPath(), $"cc-scenario-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        try
        {
            var stores = new StoreFactory(new DatabaseOptions { Provider = "Sqlite", ConnectionString = connectionString, SeedDemoData = false });
            await DatabaseInitializer.MigrateAsync(stores, cancellationToken);
            await SeedAsync(stores, ScenarioWorldFactory.Seed(scenario, prepared.Routing.Parameters), cancellationToken);

            var clock = new ManualClock(scenario.Now);
            var log = new DeliveryLog();
            await using var services = BuildServices(prepared, stores, clock, log);
            var world = new World(scenario, stores, clock, log, services);
            return await world.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ScenarioResult(scenario, OneLine($"the world could not be set up: {e.GetType().Name}: {e.Message}"), []);
        }
        finally
        {
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
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
    }

    /// <summary>The result line is one line, whatever an exception's message holds.</summary>
    private static string OneLine(string text) =>
        text.Replace("\r\n", " ⏎ ", StringComparison.Ordinal).Replace("\n", " ⏎ ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);

    /// <summary>The host's registrations for the message path, without hosted services, logging off.</summary>
    private static ServiceProvider BuildServices(PreparedScenario prepared, StoreFactory stores, ManualClock clock, DeliveryLog log)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging(); // no providers: the runner prints only its own lines
        services.AddSingleton(stores);
        services.AddScoped(sp => sp.GetRequiredService<StoreFactory>().Create());
        services.AddSingleton(prepared.Routing);
        services.AddSingleton<TimeProvider>(clock);
        services.AddConversationRuntime(configuration);
        // One in-process node on a SQLite file: the turn lock has nothing more to take (the cluster's Postgres lock is for several nodes).
        services.TryAddSingleton<Cluster.IConversationTurnLock, Cluster.LocalTurnLock>();
        services.AddDialogs(configuration);
        services.AddOutbound(configuration); // follow-ups worked on each wait, answers taken by the turn handler
        prepared.Flow?.Register(services); // after AddDialogs: the scenario's flow replaces the product's

        foreach (var channel in Channels)
        {
            services.AddSingleton<IChannelAdapter>(new RecordingChannelAdapter(channel, log));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task SeedAsync(StoreFactory stores, ScenarioSeed seed, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        db.Agents.AddRange(seed.Agents);
        db.Products.AddRange(seed.Products);
        db.Customers.AddRange(seed.Customers);
        db.Invoices.AddRange(seed.Invoices);
        db.Schedules.AddRange(seed.Schedules);
        db.Knowledge.AddRange(seed.Knowledge);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One scenario's running world: who spoke last, which conversation is current.</summary>
    private sealed class World(Scenario scenario, StoreFactory stores, ManualClock clock, DeliveryLog log, IServiceProvider services)
    {
        private readonly TurnPipeline _pipeline = services.GetRequiredService<TurnPipeline>();
        private readonly AgentActions _agents = services.GetRequiredService<AgentActions>();
        private readonly ConversationSweeper _sweeper = services.GetRequiredService<ConversationSweeper>();
        private readonly OutboxDrainer _drainer = services.GetRequiredService<OutboxDrainer>();
        private readonly FollowUpWorker _followUps = services.GetRequiredService<FollowUpWorker>();
        private (string Channel, string Address)? _sender;
        private string? _conversationId;
        private int _sayTurns;
        private readonly ChannelEntry.EmailThreads _emailThreads = new();

        public async Task<ScenarioResult> RunAsync(CancellationToken cancellationToken)
        {
            var observed = new List<TurnObservation>();
            foreach (var turn in scenario.Turns)
            {
                var observation = new TurnObservation { Turn = turn };
                observed.Add(observation);
                await RunTurnAsync(turn, observation, cancellationToken);
                if (observation.Error is null)
                {
                    observation.Failures.AddRange(ExpectationChecker.Check(turn.Expect, observation, scenario.World));
                }

                var problems = observation.Error is null ? observation.Failures : [observation.Error];
                if (problems.Count > 0)
                {
                    return new ScenarioResult(scenario, OneLine($"{Where(turn)}: {string.Join("; ", problems)}"), observed);
                }
            }

            return new ScenarioResult(scenario, null, observed);
        }

        private static string Where(ScenarioTurn turn)
        {
            var what = turn.Kind switch
            {
                ScenarioTurnKind.Say => $"say {ScenarioText.Quote(turn.Say, 40)}",
                ScenarioTurnKind.Wait => $"wait {turn.Wait}",
                _ => $"agent {turn.Agent} {turn.AgentAction?.Kind.ToString().ToLowerInvariant()}",
            };
            return $"turn {turn.Index + 1} (line {turn.Line}, {what})";
        }

        private async Task RunTurnAsync(ScenarioTurn turn, TurnObservation observation, CancellationToken cancellationToken)
        {
            var before = await StoreSnapshot.TakeAsync(stores, cancellationToken);
            var sent = log.Count;
            try
            {
                switch (turn.Kind)
                {
                    case ScenarioTurnKind.Say:
                        await SayAsync(turn, observation, cancellationToken);
                        break;
                    case ScenarioTurnKind.Wait:
                        clock.Advance(turn.Wait ?? TimeSpan.Zero);
                        await _sweeper.SweepAsync(cancellationToken);
                        await _followUps.RunOnceAsync(cancellationToken);
                        break;
                    case ScenarioTurnKind.Agent:
                        await AgentAsync(turn, observation, cancellationToken);
                        break;
                }

                // What the outbox sender would do right after the commit: send what the turn queued.
                for (var round = 0; round < 10 && await _drainer.DrainAsync(cancellationToken) > 0; round++)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                observation.Error ??= $"the turn failed: {e.GetType().Name}: {e.Message}";
            }

            observation.Clock = clock.GetUtcNow();
            observation.Delivered.AddRange(log.Since(sent));
            if (turn.Kind != ScenarioTurnKind.Say)
            {
                observation.Replies.AddRange(observation.Delivered.Where(d => d.Role == TurnContext.BotAccount.Role).Select(d => d.Activity));
            }

            foreach (var decision in observation.Events.Where(e => e.Kind == "decision").Select(e => e.Data).OfType<RoutingDecision>())
            {
                if (!observation.Decisions.Contains(decision))
                {
                    observation.Decisions.Add(decision);
                }
            }

            try
            {
                await ObserveStoreAsync(before, observation, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                observation.Error ??= $"the store could not be read after the turn: {e.Message}";
            }
        }

        private async Task SayAsync(ScenarioTurn turn, TurnObservation observation, CancellationToken cancellationToken)
        {
            var from = turn.From ?? throw new InvalidOperationException("the turn has no sender ('from:')");
            var address = ChannelAddress(from);
            _sender = (from.Channel, address);
            // The customer's words enter through the real channel's wire mapper; the scenario's clock, bot and language stay.
            // Without `language:` the channel's own hint stays (the e-mail's words, the web chat's locale), as in production.
            var mapped = ChannelEntry.For(from.Channel, address, turn.Say!, _sayTurns++, clock.GetUtcNow(), scenario.Language, _emailThreads);
            var inbound = mapped with
            {
                Timestamp = clock.GetUtcNow(),
                Recipient = new ChannelAccount(TurnContext.BotAccount.Id, TurnContext.BotAccount.Name, TurnContext.BotAccount.Role),
                Locale = scenario.Language ?? mapped.Locale,
            };
            var result = await _pipeline.ProcessAsync(inbound, cancellationToken);
            _conversationId = result.ConversationId ?? _conversationId;
            observation.Replies.AddRange(result.Replies);
            observation.Events.AddRange(result.Events);
            observation.Decisions.AddRange(result.Decisions);
        }

        /// <summary>An agent acts on the current conversation: the newest open one of the last customer who wrote.</summary>
        private async Task AgentAsync(ScenarioTurn turn, TurnObservation observation, CancellationToken cancellationToken)
        {
            var agentId = turn.Agent!;
            var action = turn.AgentAction!;
            if (_sender is not { } sender)
            {
                observation.Error = $"agent {agentId} cannot act: no customer has written yet";
                return;
            }

            string? conversationId;
            await using (var db = stores.Create())
            {
                conversationId = await db.Conversations.AsNoTracking()
                    .Where(c => c.Channel == sender.Channel && c.CustomerAddress == sender.Address && c.ClosedAt == null)
                    .OrderByDescending(c => c.StartedAt)
                    .Select(c => c.Id)
                    .FirstOrDefaultAsync(cancellationToken);
            }

            if (conversationId is null)
            {
                observation.Error = $"agent {agentId} cannot act: {sender.Address} on {sender.Channel} has no open conversation";
                return;
            }

            _conversationId = conversationId;
            var result = action.Kind switch
            {
                ScenarioAgentActionKind.Accept => await _agents.AcceptAsync(conversationId, agentId, cancellationToken),
                ScenarioAgentActionKind.Decline => await _agents.DeclineAsync(conversationId, agentId, cancellationToken),
                ScenarioAgentActionKind.Say => await _agents.SayAsync(conversationId, agentId, action.Text ?? string.Empty, cancellationToken),
                ScenarioAgentActionKind.Sell => await _agents.SellAsync(conversationId, agentId, action.Sale!.Product, action.Sale.Quantity, cancellationToken),
                _ => await _agents.CloseAsync(conversationId, agentId, cancellationToken),
            };
            observation.Events.AddRange(result.Events);
            if (!result.Ok)
            {
                observation.Error = $"agent {agentId} could not {action.Kind.ToString().ToLowerInvariant()} ({result.Status}): {result.Problem}";
            }
        }

        private async Task ObserveStoreAsync(StoreSnapshot before, TurnObservation observation, CancellationToken cancellationToken)
        {
            await using var db = stores.Create();
            var schedules = await db.Schedules.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var created in observation.Events.Where(e => e.Kind == "schedule-created").Select(e => e.Data).OfType<Schedule>()
                .Concat(schedules.Where(s => !before.Schedules.ContainsKey(s.Id))))
            {
                if (observation.CreatedSchedules.All(s => s.Id != created.Id))
                {
                    observation.CreatedSchedules.Add(created);
                }
            }

            var removed = observation.Events.Where(e => e.Kind == "schedule-removed").Select(e => EventData.Text(e.Data, "id"))
                .Concat(schedules.Where(s => s.IsRemoved && !before.Schedules.GetValueOrDefault(s.Id, false)).Select(s => s.Id));
            observation.RemovedSchedules.AddRange(removed.OfType<string>().Distinct(StringComparer.Ordinal));

            var sales = await db.Sales.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var sale in observation.Events.Where(e => e.Kind == "sale").Select(e => e.Data).OfType<Sale>()
                .Concat(sales.Where(s => !before.Sales.Contains(s.Id))))
            {
                if (observation.Sales.All(s => s.Id != sale.Id))
                {
                    observation.Sales.Add(sale);
                }
            }

            var protocols = await db.Complaints.AsNoTracking().Select(c => c.Protocol).ToListAsync(cancellationToken);
            // A reopened complaint keeps its number: only new numbers count as issued.
            observation.Protocols.AddRange(observation.Events
                .Where(e => e.Kind == "protocol" && EventData.Property(e.Data, "reopened")?.ValueKind != JsonValueKind.True)
                .Select(e => EventData.Text(e.Data, "protocol"))
                .Concat(protocols.Where(p => !before.Protocols.Contains(p)))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal));

            if (_conversationId is null)
            {
                return;
            }

            var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == _conversationId, cancellationToken);
            if (conversation is null)
            {
                return;
            }

            var agent = conversation.HolderAgentId is { } id ? await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
            observation.Conversation = new HolderSnapshot(
                conversation.Id,
                conversation.Holder,
                conversation.Holder is ConversationHolder.Offered or ConversationHolder.Agent ? conversation.HolderAgentId : null,
                agent?.Team.ToWire(),
                conversation.Holder == ConversationHolder.Queued ? conversation.HolderTeam : null,
                conversation.ExcludedAgentId,
                !conversation.IsOpen,
                conversation.CustomerId);

            if (conversation.CustomerId is { } customerId)
            {
                var reasons = await db.Interactions.AsNoTracking().Where(i => i.CustomerId == customerId).Select(i => i.Reason).ToListAsync(cancellationToken);
                observation.InteractionReasons.AddRange(reasons.Select(r => r.ToWire()).Distinct(StringComparer.Ordinal));
                await ObserveFollowUpsAsync(db, customerId, observation, cancellationToken);
            }
        }

        private static async Task ObserveFollowUpsAsync(ContactCentreDbContext db, string customerId, TurnObservation observation, CancellationToken cancellationToken)
        {
            foreach (var followUp in await db.FollowUps.AsNoTracking().Where(f => f.CustomerId == customerId).ToListAsync(cancellationToken))
            {
                var ended = await db.Schedules.AsNoTracking().AnyAsync(s => s.Id == followUp.ScheduleId && s.RemovedAt != null, cancellationToken);
                var interactionId = await db.Conversations.AsNoTracking().Where(c => c.Id == followUp.ConversationId).Select(c => c.InteractionId).FirstOrDefaultAsync(cancellationToken);
                var unanswered = interactionId is { } id && await db.Interactions.AsNoTracking().AnyAsync(i => i.Id == id && !i.Completed, cancellationToken);
                observation.FollowUps.Add(new FollowUpSnapshot(followUp.ScheduleId, followUp.Status.ToString().ToLowerInvariant(), followUp.Channel, ended, unanswered));
            }
        }

        /// <summary>The address as the channel adapter would hand it over: E.164 for WhatsApp, lower-case e-mail.</summary>
        private static string ChannelAddress(ScenarioSender sender) => sender.Channel switch
        {
            "whatsapp" when PhoneNumber.TryParse(sender.Address, out var phone) => phone!.E164,
            "email" when EmailAddress.TryParse(sender.Address, out var email) => email!.Value,
            _ => sender.Address.Trim(),
        };
    }

    /// <summary>What the store held before a turn, to tell what the turn created or removed.</summary>
    private sealed record StoreSnapshot(IReadOnlyDictionary<string, bool> Schedules, IReadOnlySet<Guid> Sales, IReadOnlySet<string> Protocols)
    {
        public static async Task<StoreSnapshot> TakeAsync(StoreFactory stores, CancellationToken cancellationToken)
        {
            await using var db = stores.Create();
            var schedules = await db.Schedules.AsNoTracking().ToListAsync(cancellationToken);
            var sales = await db.Sales.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
            var protocols = await db.Complaints.AsNoTracking().Select(c => c.Protocol).ToListAsync(cancellationToken);
            return new StoreSnapshot(
                schedules.ToDictionary(s => s.Id, s => s.IsRemoved, StringComparer.Ordinal),
                sales.ToHashSet(),
                protocols.ToHashSet(StringComparer.Ordinal));
        }
    }
}

/// <summary>Reads fields of an event's data, whatever its type (anonymous objects included), through its JSON form.</summary>
internal static class EventData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonElement? Element(object? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            return data is JsonElement element ? element : JsonSerializer.SerializeToElement(data, data.GetType(), Options);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public static JsonElement? Property(object? data, string name)
    {
        if (Element(data) is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? Text(object? data, string name) => Property(data, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    public static IReadOnlyList<string> Texts(object? data, string name) => Property(data, name) is { ValueKind: JsonValueKind.Array } array
        ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
        : [];
}
