using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Email;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Email;

/// <summary>
/// Which thread a mail belongs to, as the root Message-ID its conversation is keyed by. In order:
/// a Message-ID it answers that we know (one of our answers — by the outbox id inside it or the id the
/// SMTP send recorded — or a mail we read); then our subject token, which survives clients that rewrite
/// or drop In-Reply-To and References (Outlook), checked against the sender; else it starts a thread.
/// The subject's words alone never join a thread.
/// </summary>
public sealed class EmailThreadResolver(StoreFactory stores)
{
    private const string Channel = EmailInboundMapper.Channel;

    public async Task<string> RootAsync(EmailInbound mail, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        foreach (var id in mail.Referenced)
        {
            if (await ConversationOfAsync(db, id, cancellationToken) is { } conversationId
                && await RootOfAsync(db, conversationId, cancellationToken) is { } root)
            {
                return root;
            }
        }

        if (mail.Token is { } token)
        {
            var from = mail.Activity.From.Id;
            var byToken = await db.Conversations.AsNoTracking()
                .Where(c => c.Channel == Channel && c.CustomerAddress == from && c.Id.StartsWith(token) && c.ChannelConversationId != null)
                .OrderByDescending(c => c.StartedAt)
                .Select(c => c.ChannelConversationId)
                .FirstOrDefaultAsync(cancellationToken);
            if (byToken is not null)
            {
                return byToken;
            }
        }

        return mail.MessageId;
    }

    private static async Task<string?> ConversationOfAsync(ContactCentreDbContext db, string messageId, CancellationToken cancellationToken)
    {
        if (EmailThreadKeys.OutboxIdIn(messageId) is { } outboxId)
        {
            var ours = await db.Outbox.AsNoTracking().Where(m => m.Id == outboxId && m.Channel == Channel).Select(m => m.ConversationId).FirstOrDefaultAsync(cancellationToken);
            if (ours is not null)
            {
                return ours;
            }
        }

        var sent = await db.Outbox.AsNoTracking().Where(m => m.Channel == Channel && m.ProviderMessageId == messageId).Select(m => m.ConversationId).FirstOrDefaultAsync(cancellationToken);
        if (sent is not null)
        {
            return sent;
        }

        return await db.InboundClaims.AsNoTracking().Where(c => c.Channel == Channel && c.ProviderMessageId == messageId).Select(c => c.ConversationId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The thread root of an e-mail conversation; null for another channel's (a quote e-mailed from web chat).</summary>
    private static Task<string?> RootOfAsync(ContactCentreDbContext db, string conversationId, CancellationToken cancellationToken) =>
        db.Conversations.AsNoTracking().Where(c => c.Id == conversationId && c.Channel == Channel).Select(c => c.ChannelConversationId).FirstOrDefaultAsync(cancellationToken);
}
