using ContactCentre.Bot.Runtime;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// Replays spooled inbound messages through their channel's normal path (claim, turn, commit) once the database
/// answers again, oldest first, deleting each only after it is committed. A replay of a message whose turn did
/// commit before the database went away finds its claim: a duplicate, nothing sent twice.
/// </summary>
public sealed class SpoolReplayer(InboundSpool spool, IEnumerable<IInboundReplayer> replayers, IOptions<ClusterOptions> options, ILogger<SpoolReplayer> logger)
    : BackgroundService
{
    private readonly Dictionary<string, IInboundReplayer> _replayers = replayers.ToDictionary(r => r.ChannelId, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = TimeSpan.FromSeconds(options.Value.SpoolRetrySeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var drained = await ReplayAsync(stoppingToken);
                // Nothing to do: sleep until something is spooled. Blocked by the database: try again shortly.
                await spool.WaitAsync(drained ? Timeout.InfiniteTimeSpan : retry, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Replays what it can, in order; false when the database is still away (the rest waits).</summary>
    public async Task<bool> ReplayAsync(CancellationToken cancellationToken)
    {
        foreach (var path in spool.Pending())
        {
            try
            {
                var entry = await spool.ReadAsync(path, cancellationToken);
                if (!_replayers.TryGetValue(entry.Channel, out var replayer))
                {
                    spool.SetAside(path, $"no channel '{entry.Channel}' on this node");
                    continue;
                }

                await replayer.AcceptAsync(ActivityJson.Deserialize(entry.ActivityJson), cancellationToken);
                spool.Complete(path);
                _attempts.Remove(path);
                logger.LogInformation("Spooled inbound {Channel} message replayed.", entry.Channel);
            }
            catch (Exception e) when (StoreFaults.IsUnavailable(e))
            {
                return false; // still away: keep the order, try the oldest again later
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = _attempts[path] = _attempts.GetValueOrDefault(path) + 1;
                logger.LogError(e, "Replay of spooled inbound {File} failed (attempt {Attempt}).", Path.GetFileName(path), attempts);
                if (attempts < options.Value.SpoolMaxAttempts)
                {
                    return false;
                }

                spool.SetAside(path, e.ToString());
                _attempts.Remove(path);
            }
        }

        return true;
    }
}
