namespace ContactCentre.Bot.Outbox;

/// <summary>Background loop: drains the outbox when a turn commits (signal) or every poll interval; survives restarts because the rows do.</summary>
public sealed class OutboxSender(OutboxDrainer drainer, OutboxSignal signal, Microsoft.Extensions.Options.IOptions<OutboxOptions> options, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await drainer.DrainAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be briefly unreachable; rows stay and the next round retries them.
                logger.LogError(e, "Outbox drain failed; retrying.");
                await Task.Delay(poll, stoppingToken);
            }
        }
    }
}
