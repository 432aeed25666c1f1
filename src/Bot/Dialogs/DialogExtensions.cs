using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Dialogs;

public static class DialogExtensions
{
    /// <summary>The bot's brain: the default pt-BR flow's handler and its understanding.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(DefaultFlow.Load());
        services.AddSingleton<ITurnHandler, DefaultFlowHandler>();
        return services;
    }
}
