using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Analytics;
using ContactCentre.Bot.Studio.Audit;
using ContactCentre.Bot.Studio.Catalogue;
using ContactCentre.Bot.Studio.DataIn;
using ContactCentre.Bot.Studio.Flows;
using ContactCentre.Bot.Studio.Webhooks;

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
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(o => o.PollSeconds > 0 && o.RetryBaseSeconds > 0 && o.MaxAttempts > 0 && o.TimeoutSeconds > 0, "Studio:Webhooks: PollSeconds, RetryBaseSeconds, MaxAttempts and TimeoutSeconds must be positive.")
            .ValidateOnStart();
        services.AddHttpClient(WebhookSender.HttpClientName);
        services.AddSingleton<WebhookFeed>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookService>();
        services.AddSingleton<StudioAnalytics>();
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
        studio.MapStudioWebhooks();
        studio.MapStudioAnalytics();
        return app;
    }
}
