using ContactCentre.Channels.Telegram;

namespace ContactCentre.Bot.Telegram;

public static class TelegramExtensions
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTelegramChannel(configuration);
}
