using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Persistence;

namespace ContactCentre.Bot.Runtime;

/// <summary>Ending conversations: after <c>Conversations:IdleMinutes</c> with no message either way.</summary>
public static class ConversationLifecycle
{
    public static void EndIdle(ContactCentreDbContext db, Conversation conversation, DateTimeOffset now)
    {
        if (conversation.Holder != ConversationHolder.Bot)
        {
            HandoffTransitions.Move(db, conversation, ConversationHolder.Closed, null, null, "system", "idle", now);
        }

        conversation.ClosedAt = now;
        conversation.ClosedReason = "idle";

        // R1: a contact the customer stopped answering is logged too, saying so.
        var customerStoppedAnswering = conversation.LastInboundAt is null || conversation.LastInboundAt < conversation.LastActivityAt;
        if (customerStoppedAnswering && conversation.InteractionId is { } id && db.Interactions.Find(id) is { } interaction)
        {
            interaction.MarkNoAnswer(now);
        }
    }
}
