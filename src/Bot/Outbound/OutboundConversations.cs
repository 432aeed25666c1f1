using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing.Rules;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Outbound;

/// <summary>
/// Where a message the bot starts is written: the customer's open conversation on that channel (or mail
/// thread) when there is a live one, else a new conversation keyed as the channel keys inbound ones, so the
/// customer's answer lands in it. Either way it has R1's interaction, like any contact.
/// </summary>
public static class OutboundConversations
{
    /// <summary>
    /// The live conversation for (channel, address[, thread]) or a new one (added to <paramref name="db"/>).
    /// Callers hold <see cref="TurnPipeline.LockKey"/> for (channel, address).
    /// </summary>
    public static async Task<Conversation> OpenAsync(ContactCentreDbContext db, string channel, string address, string? threadId, string customerId,
        TimeSpan idle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var perThread = ChannelConventions.ConversationPerThread(channel);
        var open = await db.Conversations
            .Where(c => c.Channel == channel && c.CustomerAddress == address && c.ClosedAt == null)
            .Where(c => !perThread || c.ChannelConversationId == threadId)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null && now - open.LastActivityAt < idle && open.CustomerId == customerId)
        {
            return open;
        }

        if (open is not null && now - open.LastActivityAt >= idle)
        {
            ConversationLifecycle.EndIdle(db, open, now);
        }

        var id = Guid.NewGuid().ToString("N");
        var conversation = new Conversation
        {
            Id = id,
            Channel = channel,
            CustomerAddress = address,
            // A new mail thread gets its own root; other channels key conversations by the address.
            ChannelConversationId = threadId ?? (perThread ? $"<{id}@outbound>" : address),
            CustomerId = customerId,
            StartedAt = now,
            LastActivityAt = now,
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    /// <summary>R1: the contact's entry in the customer's history, at its first message (here, the bot's), with the transcript's link.</summary>
    public static async Task<Interaction> EnsureInteractionAsync(ContactCentreDbContext db, Conversation conversation, string customerId,
        InteractionReason reason, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (conversation.InteractionId is { } id && await db.Interactions.FindAsync([id], cancellationToken) is { } existing)
        {
            existing.Update(R01LogEveryContact.Merge(existing.Reason, reason), summary, existing.AttendedBy, now);
            return existing;
        }

        var interaction = R01LogEveryContact.Start(Guid.NewGuid(), customerId, conversation.Id, conversation.Channel, $"/agent/conversations/{conversation.Id}", now);
        interaction.Update(reason, summary, "bot", now);
        db.Interactions.Add(interaction);
        conversation.InteractionId = interaction.Id;
        return interaction;
    }
}
