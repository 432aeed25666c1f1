using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCentre.Bot.Runtime;

public static class RuntimeExtensions
{
    /// <summary>The message path: turn pipeline, per-conversation locks, outbox sender, handoff sweeper, agent actions.</summary>
    public static IServiceCollection AddConversationRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName))
            .Validate(o => o.IdleMinutes > 0, "Conversations:IdleMinutes must be a positive number of minutes.")
            .Validate(o => o.SweepSeconds > 0, "Conversations:SweepSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(o => o.MaxAttempts > 0 && o.BaseBackoffSeconds > 0 && o.LeaseSeconds > 0, "Outbox: MaxAttempts, BaseBackoffSeconds and LeaseSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<ConversationEvents>();
        services.AddSingleton<CrashPoints>();
        services.AddSingleton<OutboxSignal>();
        // SQLite's ordering needs only the in-process locks; AddCluster replaces this with the PostgreSQL lock.
        services.TryAddSingleton<IConversationTurnLock, LocalTurnLock>();
        services.AddSingleton<TurnCommitter>();
        services.TryAddSingleton<PriceListCache>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<AgentActions>();
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<ConversationSweeper>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<ConversationSweeperService>();
        return services;
    }
}
