using ContactCentre.Bot.Handoff;

namespace ContactCentre.Bot.AgentConsole.Panel;

public static class PanelExtensions
{
    /// <summary>
    /// The console's customer panel (record, schedules, sale, quote, transfer, notes, canned replies, tasks, starting
    /// conversations) and the handoff as customers feel it (business hours from <c>Console:BusinessHours</c>, the queue's wait).
    /// </summary>
    public static IServiceCollection AddConsolePanel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BusinessHoursOptions>().Bind(configuration.GetSection(BusinessHoursOptions.SectionName))
            .Validate(o => Parses(o), "Console:BusinessHours is invalid.")
            .ValidateOnStart();
        services.AddSingleton<HandoffArrival>();
        services.AddSingleton<CustomerPanel>();
        services.AddSingleton<ScheduleBook>();
        services.AddSingleton<CannedReplies>();
        services.AddSingleton<PanelActions>();
        services.AddSingleton<AgentTasks>();
        services.AddSingleton<ConversationStarter>();
        services.AddHostedService<DemoCannedReplies>();
        return services;
    }

    // ToBusinessHours throws naming the bad key; validation on start lets that message stop the host.
    private static bool Parses(BusinessHoursOptions options)
    {
        options.ToBusinessHours();
        return true;
    }
}
