using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Email;
using MimeKit;

namespace ContactCentre.Bot.Email;

/// <summary>
/// One mail from the mailbox through the turn pipeline: automatic mail (auto-replies, bounces, lists, our
/// own) is never answered; otherwise its thread is resolved, its files stored, and its turn committed.
/// The caller marks the mail seen only after this returns, so a crash re-reads it and the claim
/// (channel email + Message-ID) makes the second reading a no-op.
/// </summary>
public sealed class EmailInboundProcessor(EmailThreadResolver threads, EmailAttachmentStore attachments, TurnPipeline pipeline, ILogger<EmailInboundProcessor> logger)
{
    public async Task<TurnOutcome?> ProcessAsync(MimeMessage message, EmailOptions options, CancellationToken cancellationToken)
    {
        var mail = EmailInboundMapper.Map(message, options);
        if (mail.AutomaticBecause is { } reason)
        {
            logger.LogInformation("E-mail {MessageId} from {From} not answered: automatic mail ({Reason}).", mail.MessageId, mail.Activity.From.Id, reason);
            return null;
        }

        var root = await threads.RootAsync(mail, cancellationToken);
        var stored = await attachments.StoreAsync(mail, cancellationToken);
        var activity = EmailInboundMapper.WithStoredFiles(mail, stored) with { Conversation = new(root) };
        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        logger.LogInformation("E-mail {MessageId} from {From}: {Outcome} in conversation {ConversationId} (thread {Root}).",
            mail.MessageId, mail.Activity.From.Id, result.Outcome, result.ConversationId, root);
        return result.Outcome;
    }
}
