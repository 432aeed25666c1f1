using System.Collections.Concurrent;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows.Validation;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Flows.Versions;

/// <summary>
/// The running flow: the newest published version in the store, or the one shipped in the assembly as
/// version 0 until a manager publishes. Compiled once per version and cached; whether a newer version was
/// published is checked with one small query at most every <see cref="RecheckInterval"/>, and at once after a
/// publication in this process — so a published version is picked up without a restart.
/// </summary>
public sealed class DatabaseFlowCatalog(
    StoreFactory stores,
    IEnumerable<IFlowAction> actions,
    FlowPublications publications,
    TimeProvider clock,
    ILogger<DatabaseFlowCatalog> logger) : IFlowCatalog
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<IFlowAction> _actions = [.. actions];
    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    public async Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken)
    {
        var generation = publications.Generation;
        _cache.TryGetValue(name, out var entry);
        if (entry is not null && entry.Generation == generation && clock.GetElapsedTime(entry.CheckedAt) < RecheckInterval)
        {
            return entry.Flow;
        }

        var checkedAt = clock.GetTimestamp();
        CompiledFlow flow;
        try
        {
            flow = await LoadAsync(name, entry?.Flow, cancellationToken);
        }
        catch (Exception e) when (entry is not null && e is not OperationCanceledException)
        {
            // The store is briefly unreachable: keep running the version we have.
            logger.LogWarning(e, "Could not check flow '{Flow}' for a newer version; running version {Version}.", name, entry.Flow.Version);
            flow = entry.Flow;
        }

        _cache[name] = new Entry(flow, checkedAt, generation);
        return flow;
    }

    private async Task<CompiledFlow> LoadAsync(string name, CompiledFlow? cached, CancellationToken cancellationToken)
    {
        int? newest;
        await using (var db = stores.Create())
        {
            newest = await db.FlowVersions.AsNoTracking()
                .Where(v => v.FlowName == name && v.Status == FlowVersionStatus.Published)
                .MaxAsync(v => (int?)v.Version, cancellationToken);
            if (newest is { } version && cached?.Version != version)
            {
                var content = await db.FlowVersions.AsNoTracking()
                    .Where(v => v.FlowName == name && v.Version == version)
                    .Select(v => v.Content)
                    .FirstAsync(cancellationToken);
                if (Compile(name, content, version) is { } compiled)
                {
                    return compiled;
                }

                return cached ?? Shipped(name);
            }
        }

        if (newest is not null)
        {
            return cached!;
        }

        return cached is { Version: 0 } ? cached : Shipped(name);
    }

    /// <summary>The flow shipped in the assembly (version 0); a flow name with none runs the default flow.</summary>
    private CompiledFlow Shipped(string name)
    {
        var content = EmbeddedFlows.Read(name) ?? EmbeddedFlows.Read(DialogEngine.DefaultFlowName)
            ?? throw new InvalidOperationException($"Flow '{name}' is neither published nor shipped in the assembly.");
        return Compile(name, content, 0) ?? throw new InvalidOperationException($"The shipped flow '{name}' cannot be read.");
    }

    /// <summary>Reads and validates a version on load; problems are logged naming their nodes (publishing already refused them).</summary>
    private CompiledFlow? Compile(string name, string content, int version)
    {
        FlowDocument document;
        try
        {
            document = FlowParser.Parse(content, $"{name}.flow v{version}");
        }
        catch (FlowFormatException e)
        {
            logger.LogError("Flow '{Flow}' version {Version} cannot be read: {Problem}", name, version, e.Message);
            return null;
        }

        var errors = FlowValidator.Validate(document, _actions);
        if (errors.Count > 0)
        {
            logger.LogWarning("Flow '{Flow}' version {Version} has {Count} problem(s): {Errors}", name, version, errors.Count, string.Join(" | ", errors.Select(e => e.Message)));
        }

        logger.LogInformation("Flow '{Flow}' version {Version} is active.", name, version);
        return new CompiledFlow(document, version);
    }

    private sealed record Entry(CompiledFlow Flow, long CheckedAt, long Generation);
}
