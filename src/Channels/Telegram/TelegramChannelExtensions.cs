using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.Telegram;

public static partial class TelegramChannelExtensions
{
    /// <summary>Options (validated on start when the channel is on) and the adapter; no network call here.</summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName))
            .Validate(o => !o.IsEnabled || BotToken().IsMatch(o.BotToken), "Channels:Telegram:BotToken must look like <digits>:<token>.")
            .Validate(o => !o.IsEnabled || SecretToken().IsMatch(o.SecretToken), "Channels:Telegram:SecretToken must be 1–256 characters of A-Z, a-z, 0-9, _ and -.")
            .Validate(o => !o.IsEnabled || Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Channels:Telegram:ApiBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient(TelegramMapper.Channel);
        services.AddSingleton<TelegramAdapter>();
        if (configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() is { IsEnabled: true })
        {
            services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<TelegramAdapter>());
        }

        return services;
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex BotToken();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
