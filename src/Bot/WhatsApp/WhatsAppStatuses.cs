using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// Status callbacks → each outbound message's state. Callbacks come out of order and may come before the
/// sender has recorded the message's SID, so each is first folded into the message's <see cref="WhatsAppDelivery"/>
/// (the most advanced status wins; read, failed and undelivered are final), then shown on the outbox row once
/// that row is recorded as sent; <see cref="ReconcileAsync"/> catches up the ones that came early.
/// </summary>
public sealed class WhatsAppStatuses(StoreFactory stores, ConversationLocks locks, WhatsAppNotes notes, TimeProvider clock)
{
    /// <summary>A delivery no outbox row claims after this long is a message sent from elsewhere (the Twilio console): stop looking.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(1);

    public async Task RecordAsync(TwilioStatusCallback callback, Guid? outboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);

        // Two callbacks of one message at once would race their read-compare-write: serialise them here, and across nodes the row's token does.
        using (await locks.AcquireAsync("whatsapp-status|" + callback.MessageSid, cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await FoldAsync(callback, outboxId, cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    // Another node inserted or updated this delivery meanwhile: fold into its version.
                }
            }
        }

        await ApplyAsync(callback.MessageSid, cancellationToken);
    }

    /// <summary>Shows on their outbox rows the deliveries that came before their row was recorded as sent.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        List<string> waiting;
        await using (var db = stores.Create())
        {
            waiting = await db.Set<WhatsAppDelivery>().AsNoTracking().Where(d => !d.Applied).OrderBy(d => d.UpdatedAt)
                .Select(d => d.MessageSid).Take(100).ToListAsync(cancellationToken);
        }

        var applied = 0;
        foreach (var sid in waiting)
        {
            applied += await ApplyAsync(sid, cancellationToken) ? 1 : 0;
        }

        return applied;
    }

    private async Task FoldAsync(TwilioStatusCallback callback, Guid? outboxId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var now = clock.GetUtcNow();
        var delivery = await db.Set<WhatsAppDelivery>().FirstOrDefaultAsync(d => d.MessageSid == callback.MessageSid, cancellationToken);
        if (delivery is null)
        {
            delivery = new WhatsAppDelivery { MessageSid = callback.MessageSid, Status = callback.Status, FirstAt = now };
            db.Add(delivery);
            Take(delivery, callback, now);
        }
        else if (TwilioMessageStatuses.Advances(delivery.Status, callback.Status))
        {
            Take(delivery, callback, now);
        }

        delivery.OutboxId ??= outboxId;
        delivery.Callbacks++;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Take(WhatsAppDelivery delivery, TwilioStatusCallback callback, DateTimeOffset now)
    {
        delivery.Status = callback.Status;
        delivery.ErrorCode = TwilioMessageStatuses.IsFailure(callback.Status) ? callback.ErrorCode : null;
        delivery.UpdatedAt = now;
        delivery.Applied = false;
    }

    /// <summary>Moves the outbox row forward to the delivery's status (never back); true when the delivery is settled.</summary>
    private async Task<bool> ApplyAsync(string sid, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var now = clock.GetUtcNow();
        var delivery = await db.Set<WhatsAppDelivery>().FirstOrDefaultAsync(d => d.MessageSid == sid, cancellationToken);
        if (delivery is null || delivery.Applied)
        {
            return delivery is not null;
        }

        var row = delivery.OutboxId is { } id
            ? await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            : await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.ProviderMessageId == sid, cancellationToken);
        if (row is null || row.Status is OutboxStatus.Pending or OutboxStatus.Sending || row.ProviderMessageId is null)
        {
            // Not recorded as sent yet (or never ours): the reconciler looks again, for a while.
            if (row is null && now - delivery.FirstAt > GiveUpAfter)
            {
                delivery.Applied = true;
                await db.SaveChangesAsync(cancellationToken);
            }

            return delivery.Applied;
        }

        // A row resent after a crash carries its second copy's SID; the first copy's callbacks say nothing new about it.
        if (row.ProviderMessageId == sid && Target(delivery.Status) is { } target)
        {
            var failure = target == OutboxStatus.Failed ? TwilioErrors.Describe(delivery.ErrorCode) : null;
            var code = delivery.ErrorCode;
            var movable = db.Outbox.Where(m => m.Id == row.Id
                && (m.Status == OutboxStatus.Sent || (target != OutboxStatus.Delivered && m.Status == OutboxStatus.Delivered)));
            var moved = failure is null
                ? await movable.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, target).SetProperty(m => m.StatusAt, now), cancellationToken)
                : await movable.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, target)
                    .SetProperty(m => m.StatusAt, now)
                    .SetProperty(m => m.ErrorCode, code)
                    .SetProperty(m => m.LastError, failure), cancellationToken);
            if (moved == 1 && failure is not null)
            {
                await notes.AddAsync(row.ConversationId, WhatsAppNotes.FailedEvent, failure, cancellationToken);
            }
        }

        delivery.Applied = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A newer callback was folded meanwhile; its own apply (or the reconciler) shows it.
            return false;
        }
    }

    /// <summary>The outbox state a Twilio status shows as: queued/sending/sent are all "sent" (accepted by Twilio); null changes nothing.</summary>
    private static OutboxStatus? Target(string status) => TwilioMessageStatuses.Rank(status) switch
    {
        4 => OutboxStatus.Delivered,
        5 => OutboxStatus.Read,
        6 => OutboxStatus.Failed,
        _ => null,
    };
}
