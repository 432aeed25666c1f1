using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
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
        HashSet<string> gone;
        await using (var db = stores.Create())
        {
            gone = await GoneAgentsAsync(db, cancellationToken);
            due = await db.Conversations.AsNoTracking()
                .Where(c => c.ClosedAt == null
                    && ((c.Holder == ConversationHolder.Offered && (c.OfferDeadline <= now || gone.Contains(c.HolderAgentId!)))
                        || (c.Holder == ConversationHolder.Agent && gone.Contains(c.HolderAgentId!))
                        || c.LastActivityAt <= idleSince))
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
            else if (conversation.Holder == ConversationHolder.Offered && gone.Contains(conversation.HolderAgentId!))
            {
                // No offer waits on a ghost: an agent who went offline (console closed past its grace) loses it at once.
                OfferFallback.Apply(db, conversation, conversation.HolderAgentId!, "offline", now);
            }
            else if (conversation.Holder == ConversationHolder.Agent && gone.Contains(conversation.HolderAgentId!))
            {
                OfferFallback.Return(db, conversation, conversation.HolderAgentId!, now);
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

    /// <summary>Agents who are offline or deactivated: nothing may stay offered to, or held by, them.</summary>
    private static async Task<HashSet<string>> GoneAgentsAsync(ContactCentreDbContext db, CancellationToken cancellationToken) =>
        [.. await db.Agents.AsNoTracking()
            .Where(a => !a.Active || a.Status == AgentStatus.Offline)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken)];
}
