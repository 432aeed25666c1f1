using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Changes a test makes to a host's store the way the product would: an agent's message, time passing.</summary>
internal static class WhatsAppStore
{
    /// <summary>Queues an outbound message on the customer's open conversation (as an agent's "say" does) and wakes the sender.</summary>
    public static async Task<Guid> QueueAsync(WhatsAppHost host, string customer, string text, IReadOnlyList<Attachment>? attachments = null,
        System.Text.Json.JsonElement? channelData = null)
    {
        await using var db = host.Stores.Create();
        var conversation = await db.Conversations.SingleAsync(c => c.CustomerAddress == customer && c.ClosedAt == null);
        var now = DateTimeOffset.UtcNow;
        var activity = ConversationWriter.Outbound(conversation, new ChannelAccount("agent-1", "Agente", "agent"), text, now, attachments: attachments)
            with { ChannelData = channelData };
        var row = ConversationWriter.Send(db, conversation, activity, "agent-1", null, now);
        await db.SaveChangesAsync();
        host.App.Services.GetRequiredService<OutboxSignal>().Notify();
        return row.Id;
    }

    /// <summary>Moves the customer's last message back in time (the 24-hour window's start).</summary>
    public static async Task AgeLastInboundAsync(WhatsAppHost host, string customer, TimeSpan age)
    {
        await using var db = host.Stores.Create();
        foreach (var conversation in await db.Conversations.Where(c => c.CustomerAddress == customer).ToListAsync())
        {
            conversation.LastInboundAt = DateTimeOffset.UtcNow - age;
        }

        await db.SaveChangesAsync();
    }

    public static async Task<Conversation> ConversationAsync(WhatsAppHost host, string customer)
    {
        await using var db = host.Stores.Create();
        return await db.Conversations.AsNoTracking().SingleAsync(c => c.CustomerAddress == customer);
    }
}
