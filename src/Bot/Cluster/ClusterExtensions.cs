using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Cluster;

public static class ClusterExtensions
{
    /// <summary>
    /// What makes several nodes one system: the cross-node turn lock (PostgreSQL), the Data Protection key ring in
    /// the shared store, Redis (when Redis:Configuration is set), health probes, and the inbound spool that
    /// outlives a database outage.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.SpoolDirectory), "Cluster:SpoolDirectory must name a folder.")
            .Validate(o => o.SpoolRetrySeconds > 0 && o.SpoolMaxAttempts > 0, "Cluster:SpoolRetrySeconds and SpoolMaxAttempts must be positive.")
            .ValidateOnStart();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName));

        services.AddSingleton<IConversationTurnLock>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres
            ? new PostgresAdvisoryTurnLock()
            : new LocalTurnLock());

        // One key ring for every node: a sign-in cookie or antiforgery token made on node A is read on node B.
        services.AddDataProtection()
            .SetApplicationName("ContactCentre")
            .PersistKeysToDbContext<ContactCentreDbContext>();

        services.AddSingleton<RedisConnection>();
        services.AddHealthChecks()
            .AddCheck<StoreReadinessCheck>("store", HealthStatus.Unhealthy, [HealthProbeEndpoints.ReadyTag])
            .AddCheck<RedisReadinessCheck>("redis", HealthStatus.Degraded, [HealthProbeEndpoints.ReadyTag]);
        services.AddSingleton<StoreReadinessCheck>();
        services.AddSingleton<RedisReadinessCheck>();

        services.AddSingleton<InboundSpool>();
        services.AddHostedService<SpoolReplayer>();
        return services;
    }

    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapHealthProbes();
        return app;
    }
}
