using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCentre.Bot.Cluster;

/// <summary>The store answers and every migration this build knows is applied (a node newer than its database is not ready).</summary>
public sealed class StoreReadinessCheck(StoreFactory stores) : IHealthCheck
{
    private volatile bool _migrated;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = stores.Create();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("the database does not answer");
            }

            if (!_migrated)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet: {string.Join(", ", pending)}");
                }

                _migrated = true; // applied migrations are never taken back: no need to ask again
            }

            return HealthCheckResult.Healthy("reachable, migrated");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the database does not answer: " + e.Message);
        }
    }
}

/// <summary>
/// Redis, when configured. Registered with failure status Degraded (still HTTP 200): conversations do not need
/// Redis, and a load balancer that drained every node because their shared Redis went away would stop them all.
/// </summary>
public sealed class RedisReadinessCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (reachable, detail) = await redis.PingAsync(cancellationToken);
        return reachable ? HealthCheckResult.Healthy(detail) : new HealthCheckResult(context.Registration.FailureStatus, "unreachable: " + detail);
    }
}
