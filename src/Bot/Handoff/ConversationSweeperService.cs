using ContactCentre.Bot.Runtime;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Handoff;

/// <summary>Runs the sweeper every <c>Conversations:SweepSeconds</c> on the injected clock.</summary>
public sealed class ConversationSweeperService(ConversationSweeper sweeper, TimeProvider clock, IOptions<ConversationOptions> options, ILogger<ConversationSweeperService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.SweepSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweeper.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Conversation sweep failed; retrying next tick.");
            }
        }
    }
}
