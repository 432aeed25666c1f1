using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// Console connections per agent. When an agent's last connection closes and none comes back within
/// <see cref="ConsoleOptions.DisconnectGraceSeconds"/>, the agent goes <c>offline</c> in the Agents table,
/// which routing reads, so no offer goes to a ghost. A reconnect after that restores the status presence
/// set aside (unless the agent changed it meanwhile). Connections are counted per node: behind a load
/// balancer use sticky sessions, as SignalR requires anyway for its negotiate step.
/// </summary>
public sealed class AgentPresence(StoreFactory stores, TimeProvider clock, IOptions<ConsoleOptions> options, ConsoleBroadcaster broadcaster, ILogger<AgentPresence> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CancellationTokenSource> _graceTimers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentStatus> _setAside = new(StringComparer.Ordinal);

    public int Connections(string agentId)
    {
        lock (_gate)
        {
            return _connections.TryGetValue(agentId, out var set) ? set.Count : 0;
        }
    }

    public async Task ConnectedAsync(string agentId, string connectionId, CancellationToken cancellationToken)
    {
        AgentStatus? restore = null;
        lock (_gate)
        {
            if (!_connections.TryGetValue(agentId, out var set))
            {
                _connections[agentId] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(connectionId);
            if (_graceTimers.Remove(agentId, out var timer))
            {
                timer.Cancel();
                timer.Dispose();
            }

            if (_setAside.Remove(agentId, out var previous))
            {
                restore = previous;
            }
        }

        if (restore is { } status)
        {
            await SetStatusAsync(agentId, status, onlyIf: AgentStatus.Offline, cancellationToken);
        }
    }

    public void Disconnected(string agentId, string connectionId)
    {
        CancellationTokenSource timer;
        lock (_gate)
        {
            if (!_connections.TryGetValue(agentId, out var set) || !set.Remove(connectionId) || set.Count > 0)
            {
                return;
            }

            _connections.Remove(agentId);
            timer = new CancellationTokenSource();
            if (_graceTimers.Remove(agentId, out var old))
            {
                old.Cancel();
                old.Dispose();
            }

            _graceTimers[agentId] = timer;
        }

        _ = GoOfflineAfterGraceAsync(agentId, timer);
    }

    private async Task GoOfflineAfterGraceAsync(string agentId, CancellationTokenSource timer)
    {
        try
        {
            await Task.Delay(options.Value.DisconnectGrace, clock, timer.Token);
        }
        catch (OperationCanceledException)
        {
            return; // reconnected in time
        }

        lock (_gate)
        {
            if (!_graceTimers.TryGetValue(agentId, out var current) || current != timer || _connections.ContainsKey(agentId))
            {
                return;
            }

            _graceTimers.Remove(agentId);
            timer.Dispose();
        }

        try
        {
            var previous = await SetStatusAsync(agentId, AgentStatus.Offline, onlyIf: null, CancellationToken.None);
            if (previous is { } before && before != AgentStatus.Offline)
            {
                lock (_gate)
                {
                    _setAside[agentId] = before;
                }

                logger.LogInformation("Agent {AgentId} went offline: no console connection for {Grace}.", agentId, options.Value.DisconnectGrace);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not set agent {AgentId} offline after the console disconnected.", agentId);
        }
    }

    /// <summary>Sets the status (when it is <paramref name="onlyIf"/>, if given) and tells consoles; returns the status before.</summary>
    private async Task<AgentStatus?> SetStatusAsync(string agentId, AgentStatus status, AgentStatus? onlyIf, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken);
        if (agent is null || (onlyIf is { } expected && agent.Status != expected))
        {
            return null;
        }

        var before = agent.Status;
        if (before != status)
        {
            agent.Status = status;
            await db.SaveChangesAsync(cancellationToken);
            await broadcaster.AgentChangedAsync(agent.Id, agent.Team, status, await ConsoleReadModel.LoadAsync(db, agent.Id, cancellationToken), cancellationToken);
        }

        return before;
    }
}
