namespace ContactCentre.Bot.Routing;

public static class RoutingExtensions
{
    /// <summary>Rule parameters and the business calendar from the "Routing" section; the clock as TimeProvider.</summary>
    public static IServiceCollection AddRoutingRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RoutingSettings.From(configuration.GetSection(RoutingSettings.SectionName)));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
