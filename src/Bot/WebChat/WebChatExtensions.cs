using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.WebChat;

public static class WebChatExtensions
{
    /// <summary>The web chat channel: Direct Line store, secret and tokens, throttles, inbox and its recovery sweep.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWebChatChannel(configuration);
        services.AddSingleton<EfDirectLineStore>();
        services.AddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<EfDirectLineStore>());
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineUrls>();
        services.AddSingleton<DirectLineSessions>();
        services.AddSingleton<DirectLineLimits>();
        services.AddSingleton<DirectLineInbox>();
        services.AddSingleton<DirectLineStreamEndpoint>();
        services.AddHostedService<DirectLineRecovery>();
        return services;
    }

    /// <summary>/v3/directline, POST /api/webchat/token and the customer's page at GET /.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapDirectLine();
        app.MapWebChatToken();
        app.MapWebChatPage();
        return app;
    }
}
