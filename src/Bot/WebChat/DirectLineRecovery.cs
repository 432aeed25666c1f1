using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// Web Chat does not re-post a message it saw echoed, so a crash between the echo and the turn's commit
/// would lose it. This sweep re-runs such messages (still pending after RecoverAfterSeconds); the inbound
/// claim turns a message whose turn did commit into a no-op.
/// </summary>
public sealed class DirectLineRecovery(EfDirectLineStore store, DirectLineInbox inbox, IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineRecovery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var age = TimeSpan.FromSeconds(options.Value.RecoverAfterSeconds);
        var period = TimeSpan.FromSeconds(Math.Clamp(options.Value.RecoverAfterSeconds / 3, 0.2, 10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken);
                foreach (var pending in await store.FindPendingAsync(clock.GetUtcNow() - age, 50, stoppingToken))
                {
                    await RecoverAsync(pending, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be briefly unreachable; pending rows stay for the next round.
                logger.LogError(e, "Web chat recovery sweep failed; retrying.");
            }
        }
    }

    private async Task RecoverAsync(DirectLineStoredActivity pending, CancellationToken stoppingToken)
    {
        logger.LogWarning("Web chat message {Id} had no committed turn; running it now.", pending.Id);
        try
        {
            await inbox.RunTurnAsync(pending, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A turn that fails twice is a bug, not a blip: log it once and stop retrying it.
            logger.LogError(e, "Web chat message {Id} failed again; giving up on it.", pending.Id);
            await store.MarkDoneAsync(pending.ConversationId, pending.Sequence, stoppingToken);
        }
    }
}
