using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// Drives persisted deadlines from the clock: lapsed offers fall back (R6) and idle conversations end.
/// Because the deadlines are rows, a restart and a scenario's <c>wait</c> behave the same.
/// </summary>
public sealed class ConversationSweeper(StoreFactory stores, ConversationLocks locks, TimeProvider clock, IOptions<ConversationOptions> options, ConversationEvents events)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - TimeSpan.FromMinutes(options.Value.IdleMinutes);
        List<Conversation> due;
        await using (var db = stores.Create())
        {
            due = await db.Conversations.AsNoTracking()
                .Where(c => c.ClosedAt == null
                    && ((c.Holder == ConversationHolder.Offered && c.OfferDeadline <= now) || c.LastActivityAt <= idleSince))
                .Take(500)
                .ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var stale in due)
        {
            using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(stale.Channel, stale.CustomerAddress), cancellationToken);
            await using var db = stores.Create();
            var conversation = await db.Conversations.FirstAsync(c => c.Id == stale.Id, cancellationToken);
            if (conversation.ClosedAt is not null)
            {
                continue;
            }

            if (conversation.LastActivityAt <= idleSince)
            {
                ConversationLifecycle.EndIdle(db, conversation, now);
            }
            else if (conversation.Holder == ConversationHolder.Offered && conversation.OfferDeadline <= now)
            {
                OfferFallback.Apply(db, conversation, conversation.HolderAgentId!, "timeout", now);
            }
            else
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
                events.Publish(new ConversationChanged(conversation.Id, conversation.Channel, conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam, null, 0));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone acted on it meanwhile (accepted, another node swept): their change stands.
            }
        }

        return changed;
    }
}
