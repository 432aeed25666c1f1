using System.Text.Json;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>
/// Works the sales queue's due follow-ups (R7's "cobrar retorno"): on the due day, inside the send window, the
/// bot asks the customer on the original channel whether they decided. The claim (a <see cref="FollowUp"/> row
/// keyed by the schedule), the transcript line, the interaction and the outbox row commit together, so a
/// follow-up goes once across restarts and nodes. Follow-ups nobody answered by the end of the due day are
/// logged as contacts without answer (R1) and their schedule ends (R5). Agent-owned schedules are left alone:
/// they are the owner's tasks.
/// </summary>
public sealed class FollowUpWorker(
    StoreFactory stores,
    ConversationLocks locks,
    IFlowCatalog flows,
    IEnumerable<IChannelAdapter> adapters,
    TimeProvider clock,
    RoutingSettings routing,
    IOptions<OutboundOptions> options,
    IOptions<ConversationOptions> conversations,
    OutboxSignal outboxSignal,
    ILogger<FollowUpWorker> logger)
{
    public const string FollowUpTemplatePurpose = "follow-up";
    private readonly HashSet<string> _channels = adapters.Select(a => a.ChannelId).ToHashSet(StringComparer.Ordinal);

    /// <summary>One round: end what expired, then send what is due. Returns the follow-ups sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        await EndUnansweredAsync(now, cancellationToken);
        if (!options.Value.Window().IsOpen(now, calendar))
        {
            return 0;
        }

        var today = calendar.DateOf(now);
        List<Schedule> due;
        await using (var db = stores.Create())
        {
            var claimed = db.FollowUps.Select(f => f.ScheduleId);
            due = await db.Schedules.AsNoTracking()
                .Where(s => s.RemovedAt == null && s.Due == today && s.Owner.AgentId == null && s.Owner.Team == Team.Sales && !claimed.Contains(s.Id))
                .OrderBy(s => s.Id)
                .Take(500)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var schedule in due.Where(s => R05ScheduleValidity.Assess(s, calendar, routing.Parameters, now).Counts))
        {
            try
            {
                sent += await SendAsync(schedule, now, cancellationToken) ? 1 : 0;
            }
            catch (DbUpdateException e)
            {
                // Another node claimed the same schedule first (the key is the schedule id): theirs stands.
                logger.LogDebug(e, "Follow-up of schedule {Schedule} was claimed elsewhere.", schedule.Id);
            }
        }

        if (sent > 0)
        {
            outboxSignal.Notify();
        }

        return sent;
    }

    private async Task<bool> SendAsync(Schedule due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        FollowUpTarget? target;
        Customer? customer;
        await using (var probe = stores.Create())
        {
            customer = await probe.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == due.CustomerId, cancellationToken);
            target = customer is null ? null : await FollowUpTargets.ResolveAsync(probe, due, customer, _channels, cancellationToken);
        }

        var calendar = routing.CalendarAt(now);
        var answerBy = calendar.StartOf(due.Due.AddDays(1));
        if (customer is null || target is null || customer.OptedOut)
        {
            // Opt-outs are honoured for good: nothing is sent; the schedule stays with the sales queue for people to judge.
            await SkipAsync(due, customer, target, answerBy, customer is null ? "cliente não encontrado" : customer.OptedOut ? "cliente pediu para não receber contatos (parar)" : "sem canal para contato", now, cancellationToken);
            return false;
        }

        using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(target.Channel, target.Address), cancellationToken);
        await using var db = stores.Create();
        if (await db.FollowUps.AnyAsync(f => f.ScheduleId == due.Id, cancellationToken))
        {
            return false;
        }

        var idle = TimeSpan.FromMinutes(conversations.Value.IdleMinutes);
        var conversation = await OutboundConversations.OpenAsync(db, target.Channel, target.Address, target.ThreadId, customer.Id, idle, now, cancellationToken);
        var product = due.ProductCode is { } code ? await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, cancellationToken) : null;
        var productName = product?.Name ?? due.ProductCode ?? "";
        await OutboundConversations.EnsureInteractionAsync(db, conversation, customer.Id, InteractionReason.Sale,
            $"Retorno do orçamento ({RuleIds.R7}): o bot perguntou se o cliente decidiu sobre {productName}.", now, cancellationToken);

        var flow = await flows.GetActiveAsync(DialogState.From(conversation.StateJson).Flow ?? DialogEngine.DefaultFlowName, cancellationToken);
        var values = new Dictionary<string, string> { ["customer"] = customer.Name, ["product"] = productName };
        var text = flow.Document.Replies.ContainsKey("followUpAsk")
            ? flow.Document.Text("followUpAsk", values)
            : (await flows.GetActiveAsync(DialogEngine.DefaultFlowName, cancellationToken)).Document.Text("followUpAsk", values);
        var activity = ConversationWriter.Outbound(conversation, TurnContext.BotAccount, text, now,
            [new CardAction("Sim, quero fechar", "Sim, quero fechar"), new CardAction("Vou pensar", "Vou pensar")], replyToId: target.ReplyToActivityId);
        if (target.Channel == WhatsAppMapper.Channel && flow.Document.Templates.ContainsKey(FollowUpTemplatePurpose))
        {
            // The approved follow-up template (variables: 1 = customer, 2 = product); without one the 24-hour window's
            // own rule applies (the outside-window template, or a visible refusal).
            activity = activity with
            {
                ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object>
                {
                    [WhatsAppChannelData.TemplatePurpose] = FollowUpTemplatePurpose,
                    [WhatsAppChannelData.ContentVariables] = new Dictionary<string, string> { ["1"] = customer.Name, ["2"] = productName },
                }),
            };
        }

        var message = ConversationWriter.Send(db, conversation, activity, "bot", null, now);
        db.FollowUps.Add(new FollowUp
        {
            ScheduleId = due.Id,
            CustomerId = customer.Id,
            Channel = target.Channel,
            Address = target.Address,
            ConversationId = conversation.Id,
            OutboxMessageId = message.Id,
            ClaimedAt = now,
            AnswerBy = answerBy,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task SkipAsync(Schedule due, Customer? customer, FollowUpTarget? target, DateTimeOffset answerBy, string why, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        db.FollowUps.Add(new FollowUp
        {
            ScheduleId = due.Id,
            CustomerId = due.CustomerId,
            Channel = target?.Channel ?? "",
            Address = target?.Address ?? "",
            Status = FollowUpStatus.Skipped,
            ClaimedAt = now,
            AnswerBy = answerBy,
            EndedAt = now,
            Note = why,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Follow-up of schedule {Schedule} for {Customer} not sent: {Why}.", due.Id, customer?.Id ?? due.CustomerId, why);
    }

    /// <summary>R1 + R5: a follow-up nobody answered by the end of its due day is logged as a contact without answer and its schedule ends.</summary>
    private async Task EndUnansweredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<FollowUp> expired;
        await using (var db = stores.Create())
        {
            expired = await db.FollowUps.AsNoTracking().Where(f => f.Status == FollowUpStatus.Sent && f.AnswerBy <= now).Take(500).ToListAsync(cancellationToken);
        }

        foreach (var stale in expired)
        {
            using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(stale.Channel, stale.Address), cancellationToken);
            await using var db = stores.Create();
            var followUp = await db.FollowUps.FirstAsync(f => f.ScheduleId == stale.ScheduleId, cancellationToken);
            if (followUp.Status != FollowUpStatus.Sent)
            {
                continue;
            }

            followUp.Status = FollowUpStatus.Unanswered;
            followUp.EndedAt = now;
            var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == followUp.ScheduleId, cancellationToken);
            schedule?.Remove("bot", $"{RuleIds.R5}: retorno sem resposta até o vencimento ({Br.Date(schedule.Due)}); agendamento encerrado", now);
            var conversation = followUp.ConversationId is { } id ? await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
            if (conversation?.InteractionId is { } interactionId && await db.Interactions.FindAsync([interactionId], cancellationToken) is { Completed: true } interaction)
            {
                interaction.MarkNoAnswer(now);
            }

            if (conversation is not null)
            {
                ConversationWriter.Event(db, conversation, "follow-up-unanswered",
                    $"{RuleIds.R1}/{RuleIds.R5}: o cliente não respondeu ao retorno até o fim do vencimento; contato registrado sem resposta e agendamento {followUp.ScheduleId} encerrado.", "bot", now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The customer's answer committed meanwhile: the follow-up was answered after all.
            }
        }
    }
}
