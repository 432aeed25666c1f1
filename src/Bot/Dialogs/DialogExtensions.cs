using ContactCentre.Bot.Dialogs.Actions;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCentre.Bot.Dialogs;

public static class DialogExtensions
{
    /// <summary>The dialog engine running the active flow, and the domain actions flows may use.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFlowVersions();
        foreach (var action in new[]
        {
            typeof(IdentifyAction), typeof(RouteAction), typeof(QuotePriceAction), typeof(CheckInvoicesAction), typeof(CheckSchedulesAction),
            typeof(CreateScheduleAction), typeof(RegisterComplaintAction), typeof(ReopenComplaintAction), typeof(KnowledgeBaseAction),
            typeof(SaveContactAction), typeof(HoldChangeAction), typeof(OptOutAction), typeof(RateAction), typeof(EmailQuoteAction),
            typeof(Outbound.FollowUps.CloseSaleAction),
        })
        {
            services.AddSingleton(typeof(IFlowAction), action);
        }

        services.TryAddSingleton<PriceListCache>();
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<DialogEngine>());
        return services;
    }
}
