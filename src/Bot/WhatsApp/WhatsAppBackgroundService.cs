namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// Background work of the WhatsApp channel: media downloads and status catch-up. Woken by the webhook when
/// media arrive, else every second; the work lives in the store, so a restart resumes it.
/// </summary>
public sealed class WhatsAppBackgroundService(WhatsAppMediaFetcher media, WhatsAppStatuses statuses, WhatsAppSignal signal, ILogger<WhatsAppBackgroundService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await media.FetchDueAsync(stoppingToken);
                await statuses.ReconcileAsync(stoppingToken);
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "WhatsApp background work failed; retrying.");
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }
}
