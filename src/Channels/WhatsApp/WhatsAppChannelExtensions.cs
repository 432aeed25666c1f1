using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCentre.Channels.WhatsApp;

public static class WhatsAppChannelExtensions
{
    /// <summary>
    /// The adapter, its options and its HTTP client. Registered as itself only: the host wraps it in the
    /// sender that knows the 24-hour window and registers that as the channel's <c>IChannelAdapter</c>.
    /// </summary>
    public static IServiceCollection AddWhatsAppChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Channels:Twilio:ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.PublicBaseUrl.Length == 0 || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Channels:Twilio:PublicBaseUrl must be empty or an absolute URL.")
            .Validate(o => o.WhatsAppFrom.Length == 0 || o.WhatsAppFrom.StartsWith(WhatsAppMapper.AddressPrefix, StringComparison.Ordinal), "Channels:Twilio:WhatsAppFrom must be whatsapp:+E164.")
            .Validate(o => o.MaxMessagesPerSecond > 0 && o.RequestTimeoutSeconds > 0 && o.MaxMediaBytes > 0, "Channels:Twilio: MaxMessagesPerSecond, RequestTimeoutSeconds and MaxMediaBytes must be positive.")
            .ValidateOnStart();
        services.AddHttpClient(TwilioMessagesClient.HttpClientName, (sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TwilioOptions>>().Value.RequestTimeoutSeconds));
        services.AddSingleton<TwilioMessagesClient>();
        services.AddSingleton<WhatsAppAdapter>();
        return services;
    }
}
