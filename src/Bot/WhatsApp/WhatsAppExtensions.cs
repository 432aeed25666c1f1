using ContactCentre.Bot.Cluster;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.WhatsApp;

public static class WhatsAppExtensions
{
    /// <summary>
    /// WhatsApp through Twilio: the adapter, the window-aware sender the outbox uses, status callbacks and
    /// media. The outbox sees the channel only when its settings are complete (else the channel is off).
    /// </summary>
    public static IServiceCollection AddWhatsApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWhatsAppChannel(configuration);
        services.AddHttpClient(WhatsAppMediaFetcher.HttpClientName, (sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TwilioOptions>>().Value.RequestTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(WhatsAppMediaFetcher.CreateHandler);
        services.AddSingleton<WhatsAppWindows>();
        services.AddSingleton<WhatsAppNotes>();
        services.AddSingleton<WhatsAppStatuses>();
        services.AddSingleton<WhatsAppMediaStore>();
        services.AddSingleton<WhatsAppMediaFetcher>();
        services.AddSingleton<WhatsAppSignal>();
        services.AddSingleton<WhatsAppSender>();
        services.AddSingleton<WhatsAppInbound>();
        services.AddSingleton<IInboundReplayer>(sp => sp.GetRequiredService<WhatsAppInbound>());

        if (configuration.GetSection(TwilioOptions.SectionName).Get<TwilioOptions>() is { IsEnabled: true })
        {
            services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<WhatsAppSender>());
            services.AddHostedService<WhatsAppBackgroundService>();
        }

        return services;
    }
}
