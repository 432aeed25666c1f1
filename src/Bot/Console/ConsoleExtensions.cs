using ContactCentre.Bot.Identity;
using StackExchange.Redis;

namespace ContactCentre.Bot.AgentConsole;

public static class ConsoleExtensions
{
    /// <summary>The agent console's API and hub: read model, live broadcaster, presence, SignalR (Redis backplane when Redis:Configuration is set).</summary>
    public static IServiceCollection AddConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsoleOptions>().Bind(configuration.GetSection(ConsoleOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConsoleReadModel>();
        services.AddSingleton<ConsoleBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsoleBroadcaster>());
        services.AddSingleton<AgentPresence>();

        var signalR = services.AddSignalR();
        if (configuration["Redis:Configuration"] is { Length: > 0 } redis)
        {
            // Every node publishes its hub messages through Redis, so an offer made on node A reaches a console on node B.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("ContactCentre.Console"));
        }

        return services;
    }

    /// <summary><c>/api/console/*</c> (policy Agent; supervisor view policy Supervisor) and the hub at <c>/hubs/console</c>.</summary>
    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        var console = app.MapGroup("/api/console").RequireAuthorization(IdentityPolicies.Agent).DisableAntiforgery();
        console.MapConsoleMe();
        console.MapConsoleQueue();
        console.MapConsoleConversations();
        console.MapConsoleSupervisor();
        app.MapHub<ConsoleHub>(ConsoleHub.Path).RequireAuthorization(IdentityPolicies.Agent);
        return app;
    }
}
