using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCentre.Bot.Flows.Versions;

public static class FlowVersionsExtensions
{
    /// <summary>Versioned flows in the store: the catalog the dialog engine runs from, and the store managers edit through.</summary>
    public static IServiceCollection AddFlowVersions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FlowPublications>();
        services.AddSingleton<DatabaseFlowCatalog>();
        services.AddSingleton<IFlowCatalog>(sp => sp.GetRequiredService<DatabaseFlowCatalog>());
        services.AddSingleton<FlowStore>();
        return services;
    }
}
