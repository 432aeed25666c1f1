using System.Globalization;
using System.Text.Json;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>
/// Turns what happened in conversations into queued deliveries: conversations started, handoffs (the bot passing a
/// conversation to people), quotes, sales and complaints. It reads those tables from a stored watermark, re-reading
/// a <see cref="Overlap"/> window because turns commit slightly out of time order; the unique (event, subscription)
/// key makes the re-read harmless. Nothing in the turn pipeline waits on it.
/// </summary>
public sealed class WebhookFeed(StoreFactory stores, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string WatermarkKey = "studio:webhooks:watermark";
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    /// <summary>Queues the deliveries of events since the watermark; returns how many were queued.</summary>
    public async Task<int> CollectAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var mark = await db.Settings.FirstOrDefaultAsync(s => s.Key == WatermarkKey, cancellationToken);
        if (mark is null)
        {
            // First run: announce what happens from now on, not the whole history.
            db.Settings.Add(new SettingEntry { Key = WatermarkKey, Value = now.ToString("O", CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        if (subscriptions.Count == 0)
        {
            mark.Value = now.ToString("O", CultureInfo.InvariantCulture);
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var since = DateTimeOffset.Parse(mark.Value, CultureInfo.InvariantCulture) - Overlap;
        var events = await EventsSinceAsync(db, since, cancellationToken);
        var ids = events.Select(e => e.Id).ToList();
        var queued = (await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.EventId)).Select(d => new { d.EventId, d.SubscriptionId }).ToListAsync(cancellationToken))
            .Select(d => (d.EventId, d.SubscriptionId)).ToHashSet();
        var count = 0;
        foreach (var e in events)
        {
            foreach (var subscription in subscriptions.Where(s => (s.Events.Count == 0 || s.Events.Contains(e.Event)) && s.CreatedAt <= e.At && !queued.Contains((e.Id, s.Id))))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    EventId = e.Id,
                    SubscriptionId = subscription.Id,
                    Event = e.Event,
                    Payload = JsonSerializer.Serialize(new { id = e.Id, @event = e.Event, at = e.At, data = e.Data }, JsonSerializerOptions.Web),
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
                count++;
            }
        }

        mark.Value = now.ToString("O", CultureInfo.InvariantCulture);
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private async Task<List<FeedEvent>> EventsSinceAsync(ContactCentreDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var events = new List<FeedEvent>();
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.StartedAt >= since)
            .Select(c => new { c.Id, c.Channel, c.CustomerId, c.StartedAt }).ToListAsync(cancellationToken);
        events.AddRange(conversations.Select(c => new FeedEvent($"conversation.started:{c.Id}", WebhookEvents.ConversationStarted, c.StartedAt, c.Id,
            new { conversationId = c.Id, c.Channel, c.CustomerId })));

        var handoffs = await db.HandoffTransitions.AsNoTracking().Where(t => t.At >= since && t.From == "bot" && t.To != "bot").ToListAsync(cancellationToken);
        events.AddRange(handoffs.Select(t => new FeedEvent($"handoff:{t.Id}", WebhookEvents.Handoff, t.At, t.ConversationId,
            new { conversationId = t.ConversationId, t.From, t.To, t.Reason })));

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.CreatedAt >= since).ToListAsync(cancellationToken);
        events.AddRange(quotes.Select(q => new FeedEvent($"quote:{q.Id}", WebhookEvents.Quote, q.CreatedAt, q.ConversationId,
            new { quoteId = q.Id, conversationId = q.ConversationId, q.CustomerId, lines = q.Lines.Select(l => new { l.ProductCode, l.Quantity, l.UnitPrice, total = l.Total }), q.DiscountPercent })));

        var sales = await db.Sales.AsNoTracking().Where(s => s.At >= since).ToListAsync(cancellationToken);
        events.AddRange(sales.Select(s => new FeedEvent($"sale:{s.Id}", WebhookEvents.Sale, s.At, s.ConversationId,
            new { saleId = s.Id, conversationId = s.ConversationId, s.CustomerId, s.ProductCode, s.Quantity, s.Amount, s.ClosedBy, s.CommissionBeneficiary, s.CommissionRule })));

        var complaints = await db.Complaints.AsNoTracking().Where(c => c.OpenedAt >= since).ToListAsync(cancellationToken);
        events.AddRange(complaints.Select(c => new FeedEvent($"complaint:{c.Protocol}", WebhookEvents.Complaint, c.OpenedAt, c.ConversationId,
            new { protocol = c.Protocol, conversationId = c.ConversationId, c.CustomerId, c.Text })));

        // R1: every event carries the link to the conversation's transcript.
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return [.. events.OrderBy(e => e.At).Select(e => e with
        {
            Data = new Dictionary<string, object?>
            {
                ["details"] = e.Data,
                ["transcriptLink"] = e.ConversationId is null ? null : $"{baseUrl}/agent#conversation={Uri.EscapeDataString(e.ConversationId)}",
            },
        })];
    }

    private sealed record FeedEvent(string Id, string Event, DateTimeOffset At, string? ConversationId, object Data);
}
