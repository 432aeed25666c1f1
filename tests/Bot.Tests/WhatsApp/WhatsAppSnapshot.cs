using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>What the store holds about WhatsApp, read in one go.</summary>
internal sealed record WhatsAppSnapshot(int Conversations, int Claims, List<TranscriptEntry> Transcript, List<OutboxMessage> Outbox, List<WhatsAppMedia> Media,
    List<WhatsAppDelivery> Deliveries)
{
    public bool IsEmpty => Conversations == 0 && Claims == 0 && Transcript.Count == 0 && Outbox.Count == 0 && Media.Count == 0 && Deliveries.Count == 0;

    public static async Task<WhatsAppSnapshot> ReadAsync(StoreFactory stores)
    {
        await using var db = stores.Create();
        return new WhatsAppSnapshot(
            await db.Conversations.CountAsync(),
            await db.InboundClaims.CountAsync(),
            await db.Transcript.AsNoTracking().OrderBy(t => t.Sequence).ToListAsync(),
            await db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync(),
            await db.Set<WhatsAppMedia>().AsNoTracking().ToListAsync(),
            await db.Set<WhatsAppDelivery>().AsNoTracking().ToListAsync());
    }
}
