using System.Text.Json;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Campaigns;
using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>
/// Sends started campaigns inside the send window. First the audience is fixed: every recipient is written
/// (unique per campaign and customer, and per campaign and address) with the campaign's move to Sending, in one
/// transaction. Then recipients are queued a batch at a time, each in its own transaction that claims the row
/// (Pending → Queued, conditional, so two nodes never both win), writes the conversation, transcript,
/// interaction and the outbox row. The outbox sends at the channel's per-sender rate; the next batch is queued
/// only when the last one has left, so closing the window or cancelling stops the send promptly. A restart
/// resumes from the rows: nothing queued twice, nothing lost.
/// </summary>
public sealed class CampaignDispatcher(
    StoreFactory stores,
    ConversationLocks locks,
    TimeProvider clock,
    RoutingSettings routing,
    IOptions<OutboundOptions> options,
    IOptions<ConversationOptions> conversations,
    OutboxSignal outboxSignal,
    CrashPoints crashPoints,
    ILogger<CampaignDispatcher> logger)
{
    /// <summary>Crash tests stop the host here, after a batch was queued and before the next one.</summary>
    public const string AfterBatchCrashPoint = "campaign-after-batch";

    /// <summary>One round over every started campaign; returns how many recipients were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        if (!options.Value.Window().IsOpen(now, calendar))
        {
            return 0;
        }

        List<Guid> started;
        await using (var db = stores.Create())
        {
            started = await db.Campaigns.AsNoTracking()
                .Where(c => (c.Status == CampaignStatus.Scheduled || c.Status == CampaignStatus.Sending) && c.StartAt <= now)
                .OrderBy(c => c.StartAt)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        var queued = 0;
        foreach (var id in started)
        {
            await FixAudienceAsync(id, cancellationToken);
            queued += await QueueBatchAsync(id, cancellationToken);
        }

        if (queued > 0)
        {
            outboxSignal.Notify();
            crashPoints.Hit(AfterBatchCrashPoint);
        }

        return queued;
    }

    /// <summary>Scheduled → Sending with every recipient written; a concurrent node's attempt fails on the campaign's version.</summary>
    private async Task FixAudienceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var campaign = await db.Campaigns.FirstAsync(c => c.Id == id, cancellationToken);
        if (campaign.Status != CampaignStatus.Scheduled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var audience = await CampaignAudience.EvaluateAsync(db, campaign.Segment, campaign.Channel, calendar, calendar.DateOf(now), cancellationToken);
        db.CampaignRecipients.AddRange(audience.Members.Select(m => new CampaignRecipient
        {
            Id = Guid.NewGuid(),
            CampaignId = id,
            CustomerId = m.CustomerId,
            Address = m.Address,
        }));
        campaign.Status = CampaignStatus.Sending;
        campaign.AudienceFixedAt = now;
        campaign.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Campaign {Campaign} started: {Count} recipients ({OptedOut} opted out, {Unreachable} unreachable).",
                id, audience.Members.Count, audience.OptedOut, audience.Unreachable);
        }
        catch (DbUpdateException)
        {
            // Another node fixed the audience (or a manager cancelled) first: their write stands.
        }
    }

    private async Task<int> QueueBatchAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = options.Value.Campaigns.BatchSize;
        Campaign campaign;
        List<CampaignRecipient> pending;
        await using (var db = stores.Create())
        {
            campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
            if (campaign.Status != CampaignStatus.Sending)
            {
                return 0;
            }

            // Pace by the outbox: the next batch waits until the previous one has left.
            var inFlight = await db.CampaignRecipients.Where(r => r.CampaignId == id && r.State == RecipientState.Queued)
                .Join(db.Outbox, r => r.OutboxMessageId, m => m.Id, (_, m) => m)
                .CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, cancellationToken);
            if (inFlight >= batch)
            {
                return 0;
            }

            pending = await db.CampaignRecipients.AsNoTracking().Where(r => r.CampaignId == id && r.State == RecipientState.Pending)
                .OrderBy(r => r.CustomerId).Take(batch - inFlight).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                await CompleteAsync(db, id, cancellationToken);
                return 0;
            }
        }

        var queued = 0;
        foreach (var recipient in pending)
        {
            queued += await QueueAsync(campaign, recipient, cancellationToken) ? 1 : 0;
        }

        return queued;
    }

    private async Task CompleteAsync(ContactCentreDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstAsync(c => c.Id == id, cancellationToken);
        campaign.Status = CampaignStatus.Completed;
        campaign.CompletedAt = clock.GetUtcNow();
        campaign.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Cancelled or completed elsewhere meanwhile.
        }
    }

    /// <summary>One recipient, one transaction: the conditional claim, then the conversation and the outbox row.</summary>
    private async Task<bool> QueueAsync(Campaign campaign, CampaignRecipient recipient, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(campaign.Channel, recipient.Address), cancellationToken);
        await using var db = stores.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = await db.CampaignRecipients
            .Where(r => r.Id == recipient.Id && r.State == RecipientState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RecipientState.Queued).SetProperty(r => r.QueuedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false; // another node, or an earlier round, has it
        }

        var row = await db.CampaignRecipients.FirstAsync(r => r.Id == recipient.Id, cancellationToken);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == recipient.CustomerId, cancellationToken);
        if (customer is null || customer.OptedOut)
        {
            // "parar" after the audience was fixed is honoured too.
            row.State = RecipientState.Skipped;
            row.SkipReason = customer is null ? "cliente removido" : "cliente pediu para não receber contatos (parar)";
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        var idle = TimeSpan.FromMinutes(conversations.Value.IdleMinutes);
        var conversation = await OutboundConversations.OpenAsync(db, campaign.Channel, recipient.Address, null, customer.Id, idle, now, cancellationToken);
        await OutboundConversations.EnsureInteractionAsync(db, conversation, customer.Id, InteractionReason.Sale,
            $"Campanha \"{campaign.Name}\" enviada pelo bot.", now, cancellationToken);
        var message = ConversationWriter.Send(db, conversation, CampaignMessage.For(campaign, conversation, customer, now), "bot", null, now);
        row.ConversationId = conversation.Id;
        row.OutboxMessageId = message.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
