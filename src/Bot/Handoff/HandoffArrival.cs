using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Handoff;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// The handoff as the customer feels it, right after routing moved the conversation: out of business hours the
/// conversation stays with the bot and a follow-up for the next attended day is scheduled for whoever was chosen;
/// a team queue with nobody free (status, and live load under the cap) comes with the expected wait.
/// </summary>
public sealed class HandoffArrival(IOptions<BusinessHoursOptions> options)
{
    private readonly BusinessHours _hours = options.Value.ToBusinessHours();

    public BusinessHours Hours => _hours;

    public async Task<ArrivalNotice> ApplyAsync(TurnContext turn, RoutingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(decision);
        if (!decision.IsHandoff || turn.Conversation.Holder is not (ConversationHolder.Queued or ConversationHolder.Offered))
        {
            return ArrivalNotice.None;
        }

        if (!_hours.IsOpen(turn.Now, turn.Calendar))
        {
            return OutOfHours(turn, decision);
        }

        if (decision.Target.Team is not { } team)
        {
            return ArrivalNotice.None;
        }

        var agents = await turn.Db.Agents.AsNoTracking().ToListAsync(cancellationToken);
        var loads = await AgentLoads.ReadAsync(turn.Db, cancellationToken);
        var free = RoutingPolicy.Eligible(agents, team, decision.Target.ExcludedAgentId, id => loads.GetValueOrDefault(id), turn.Routing.Parameters.MaxConcurrentConversations);
        if (free.Any())
        {
            return ArrivalNotice.None;
        }

        var estimate = await QueueWaits.EstimateAsync(turn.Db, team, turn.Now, cancellationToken);
        ConversationWriter.Event(turn.Db, turn.Conversation, "queue.wait",
            estimate is { } e ? $"fila {team.ToWire()} sem atendente livre; espera estimada {e.TotalMinutes:0} min" : $"fila {team.ToWire()} sem atendente livre; espera sem estimativa (poucos dados recentes)",
            "bot", turn.Now);
        return new ArrivalNotice(ArrivalKind.Wait, EstimatedWait: estimate);
    }

    private ArrivalNotice OutOfHours(TurnContext turn, RoutingDecision decision)
    {
        var next = _hours.NextOpening(turn.Now, turn.Calendar);
        var today = turn.Calendar.DateOf(turn.Now);
        var due = next is { } n ? turn.Calendar.DateOf(n) : turn.Calendar.AddBusinessDays(today, 1);
        var team = decision.Target.Team ?? Team.Sales;
        var owner = decision.Target.AgentId is { } agentId ? ScheduleOwner.OfAgent(agentId) : ScheduleOwner.OfTeam(team);
        Schedule? followUp = null;
        if (turn.Customer is { } record)
        {
            followUp = new Schedule
            {
                Id = "s-" + Guid.NewGuid().ToString("N")[..12],
                CustomerId = record.Customer.Id,
                Owner = owner,
                Tag = team == Team.Sales ? ScheduleTag.SaleWithContact : ScheduleTag.Support,
                ProductCode = decision.Facts.GetValueOrDefault("product"),
                Created = today,
                Due = due,
                ConversationId = turn.Conversation.Id,
                Note = $"fora do horário de atendimento: retorno a partir de {Br.Date(due)} ({decision.Reason})",
            };
            turn.Db.Schedules.Add(followUp);
            turn.Emit("schedule-created", followUp);
        }

        // The bot keeps the conversation: nobody is there to take it, and an orphan in a closed queue helps no one.
        HandoffTransitions.Move(turn.Db, turn.Conversation, ConversationHolder.Bot, null, null, "bot",
            $"fora do horário de atendimento; retorno agendado para {Br.Date(due)}{(followUp is null ? " (cliente não identificado)" : $" ({followUp.Id}, {owner})")}", turn.Now);
        return new ArrivalNotice(ArrivalKind.OutOfHours, NextOpening: next, FollowUp: followUp);
    }
}
