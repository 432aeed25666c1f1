using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Audit;
using ContactCentre.Bot.Studio.Catalogue;
using ContactCentre.Bot.Studio.DataIn;
using ContactCentre.Bot.Studio.Flows;

namespace ContactCentre.Bot.Studio;

public static class StudioExtensions
{
    /// <summary>The manager studio: API keys and authorization, audit log, flow tooling (test chats, scenario runs).</summary>
    public static IServiceCollection AddStudio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStudioAuthorization();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<FlowScenarioSuite>();
        services.AddSingleton<FlowSandboxes>();
        services.AddSingleton<StudioPriceList>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<StudioRouting>();
        services.AddHostedService<StudioRoutingRefresher>();
        services.AddSingleton<IImportKind, CustomerImport>();
        services.AddSingleton<IImportKind, InvoiceImport>();
        services.AddSingleton<IImportKind, ScheduleImport>();
        services.AddSingleton<IImportKind, AgentImport>();
        services.AddSingleton<DataImporter>();
        return services;
    }

    /// <summary>Everything under <c>/api/studio</c>.</summary>
    public static IEndpointRouteBuilder MapStudio(this IEndpointRouteBuilder app)
    {
        var studio = app.MapGroup("/api/studio");
        studio.MapStudioAccess();
        studio.MapStudioFlows();
        studio.MapStudioCatalogue();
        studio.MapStudioDataIn();
        return app;
    }
}
