using ContactCentre.Channels.Email;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Email;

/// <summary>
/// Reads the bot's mailbox for as long as the host runs: every unseen mail, oldest first, through
/// <see cref="EmailInboundProcessor"/>, marked seen only once its turn is stored; then waits with IDLE
/// (or PollSeconds). A lost connection (the server restarting, the network) is reconnected with backoff;
/// nothing is lost, because whatever was not yet marked seen is read again.
/// </summary>
public sealed class EmailMailboxReader(IOptions<EmailOptions> options, EmailInboundProcessor processor, ILogger<EmailMailboxReader> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var mailbox = new ImapMailbox(o);
                await mailbox.OpenAsync(stoppingToken);
                logger.LogInformation("E-mail: reading {Folder} of {Address} on {Host}:{Port} ({Mode}).", o.Folder, o.Address, o.Imap.Host, o.Imap.Port,
                    o.UseIdle && mailbox.SupportsIdle ? "IDLE" : $"polling every {o.PollSeconds} s");
                backoff = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await ReadUnseenAsync(mailbox, o, stoppingToken);
                    await mailbox.WaitAsync(TimeSpan.FromSeconds(o.PollSeconds), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("E-mail: mailbox session ended ({Error}); reconnecting in {Seconds} s.", e.Message, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Min(o.PollSeconds, backoff.TotalSeconds * 2)));
            }
        }
    }

    private async Task ReadUnseenAsync(ImapMailbox mailbox, EmailOptions o, CancellationToken cancellationToken)
    {
        foreach (var uid in await mailbox.UnseenAsync(cancellationToken))
        {
            var message = await mailbox.ReadAsync(uid, cancellationToken);
            try
            {
                await processor.ProcessAsync(message, o, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A mail that cannot be processed (malformed beyond MimeKit's tolerance, a store error) stays
                // unseen and is retried on the next round; the others are not held up behind it.
                logger.LogError(e, "E-mail: message {Uid} could not be processed; it stays unseen and is retried.", uid);
                continue;
            }

            await mailbox.MarkSeenAsync(uid, cancellationToken);
        }
    }
}
