using ContactCentre.Bot.Outbound.Campaigns;
using ContactCentre.Bot.Outbound.FollowUps;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Outbound;

public static class OutboundExtensions
{
    /// <summary>
    /// Follow-ups and campaigns: options, the two workers (and their background loop), the turn handler that takes
    /// answers to outbound contacts. Call after <c>AddDialogs</c>
    /// (which registers the flow's close-sale action).
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.SectionName))
            .Validate(o => OutboundOptions.IsTime(o.SendFrom) && OutboundOptions.IsTime(o.SendUntil), "Outbound:SendFrom and Outbound:SendUntil are local times such as 09:00.")
            .Validate(o => o.FollowUps.PollSeconds > 0 && o.Campaigns.PollSeconds > 0, "Outbound:FollowUps:PollSeconds and Outbound:Campaigns:PollSeconds must be positive.")
            .Validate(o => o.Campaigns.BatchSize > 0 && o.Campaigns.ReplyWindowDays > 0 && o.Campaigns.AttributionDays > 0,
                "Outbound:Campaigns: BatchSize, ReplyWindowDays and AttributionDays must be positive.")
            .Validate(o => o.CostPerMessage.Values.All(v => v >= 0), "Outbound:CostPerMessage: prices cannot be negative.")
            .ValidateOnStart();
        services.AddSingleton<FollowUpAnswers>();
        services.AddSingleton<CampaignReplies>();
        services.AddSingleton<OutboundTurnHandler>();
        services.AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<OutboundTurnHandler>());
        services.AddSingleton<FollowUpWorker>();
        services.AddSingleton<CampaignSignal>();
        services.AddSingleton<CampaignDispatcher>();
        services.AddSingleton<CampaignService>();
        services.AddHostedService<OutboundBackgroundService>();
        return services;
    }

    /// <summary>The managers' campaign API (policy Manager; CSRF as for every cookie call under /api/outbound).</summary>
    public static IEndpointRouteBuilder MapOutbound(this IEndpointRouteBuilder app)
    {
        app.MapCampaigns().RequireAuthorization(Identity.IdentityPolicies.Manager);
        return app;
    }
}
