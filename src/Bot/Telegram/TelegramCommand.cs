using ContactCentre.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace ContactCentre.Bot.Telegram;

/// <summary>
/// <c>telegram set-webhook URL [--Channels:Telegram:…=…]</c>: tells Telegram where to POST updates
/// (the public https URL of <c>/api/channels/telegram</c>) with our secret token, which Telegram then
/// sends back in X-Telegram-Bot-Api-Secret-Token on every call.
/// </summary>
public static class TelegramCommand
{
    public const string Usage = "usage: telegram set-webhook URL   (URL: the public https address of /api/channels/telegram; settings from appsettings.json, Channels__Telegram__* or --Channels:Telegram:Key=value)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["set-webhook", var url, .. var settings] || !Uri.TryCreate(url, UriKind.Absolute, out var webhook) || webhook.Scheme is not ("https" or "http"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var options = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.IsEnabled)
        {
            await error.WriteLineAsync("Channels:Telegram:BotToken and Channels:Telegram:SecretToken must both be set.");
            return 2;
        }

        try
        {
            using var http = new HttpClient();
            var client = new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl), http);
            await client.SetWebhook(webhook.ToString(), allowedUpdates: [UpdateType.Message], secretToken: options.SecretToken, cancellationToken: cancellationToken);
            await output.WriteLineAsync($"Telegram webhook set to {webhook} (updates: message; secret token sent).");
            return 0;
        }
        catch (Exception e) when (e is RequestException or ArgumentException)
        {
            await error.WriteLineAsync($"setWebhook failed: {e.Message}");
            return 1;
        }
    }
}
