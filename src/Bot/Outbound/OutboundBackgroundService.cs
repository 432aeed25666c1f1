using ContactCentre.Bot.Outbound.Campaigns;
using ContactCentre.Bot.Outbound.FollowUps;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Outbound;

/// <summary>
/// Drives both outbound workers from the clock: follow-ups every <c>Outbound:FollowUps:PollSeconds</c>, campaigns every
/// <c>Outbound:Campaigns:PollSeconds</c> or when a manager starts one. Their work is in rows, so a restart resumes it.
/// </summary>
public sealed class OutboundBackgroundService(FollowUpWorker followUps, CampaignDispatcher campaigns, CampaignSignal signal, IOptions<OutboundOptions> options,
    TimeProvider clock, ILogger<OutboundBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var nextFollowUps = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (o.FollowUps.Enabled && clock.GetUtcNow() >= nextFollowUps)
                {
                    await followUps.RunOnceAsync(stoppingToken);
                    nextFollowUps = clock.GetUtcNow().AddSeconds(o.FollowUps.PollSeconds);
                }

                if (o.Campaigns.Enabled)
                {
                    await campaigns.RunOnceAsync(stoppingToken);
                }

                await signal.WaitAsync(TimeSpan.FromSeconds(o.Campaigns.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be briefly unreachable; the rows stay and the next round resumes them.
                logger.LogError(e, "Outbound round failed; retrying.");
                await Task.Delay(TimeSpan.FromSeconds(o.Campaigns.PollSeconds), stoppingToken);
            }
        }
    }
}
