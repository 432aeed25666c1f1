using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>Collects events and sends due deliveries every <see cref="WebhookOptions.PollSeconds"/>.</summary>
public sealed class WebhookService(WebhookFeed feed, WebhookSender sender, IOptions<WebhookOptions> options, ILogger<WebhookService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await feed.CollectAsync(stoppingToken);
                while (await sender.SendDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Webhook round failed; trying again in {Seconds} s.", options.Value.PollSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
