using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// Tells agents what happened to a WhatsApp message, as an event line in the conversation's transcript
/// (written under the conversation's lock, like a turn) and a change pushed to the consoles.
/// </summary>
public sealed class WhatsAppNotes(StoreFactory stores, ConversationLocks locks, ConversationEvents events, TimeProvider clock, ILogger<WhatsAppNotes> logger)
{
    public const string FailedEvent = "whatsapp.failed";

    public async Task AddAsync(string conversationId, string name, string text, CancellationToken cancellationToken)
    {
        string lockKey;
        await using (var db = stores.Create())
        {
            var found = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (found is null)
            {
                return;
            }

            lockKey = TurnPipeline.LockKey(found.Channel, found.CustomerAddress);
        }

        using var _ = await locks.AcquireAsync(lockKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = stores.Create();
            var conversation = await db.Conversations.FirstAsync(c => c.Id == conversationId, cancellationToken);
            ConversationWriter.Event(db, conversation, name, text, "system", clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                events.Publish(new ConversationChanged(conversation.Id, conversation.Channel, conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam, text, 0));
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another node wrote the conversation meanwhile: read it again and append after its lines.
                logger.LogDebug("Conversation {Id} changed while noting '{Name}'; retrying.", conversationId, name);
            }
        }
    }
}
