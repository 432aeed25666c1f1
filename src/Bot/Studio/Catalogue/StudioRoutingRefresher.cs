namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>Applies the stored rule overrides on start and re-reads them periodically, so every node follows a change made on another.</summary>
public sealed class StudioRoutingRefresher(StudioRouting routing, ILogger<StudioRoutingRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the host takes traffic: the first turn already runs with the managers' values.
        try
        {
            await routing.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read the rule parameter overrides on start; running with appsettings' values until the next try.");
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await routing.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not re-read the rule parameter overrides; keeping the values in force.");
            }
        }
    }
}
