using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R6 Inbound sale, step 1: a buyer holding a counting venda-com-contato schedule for the product
/// (or naming none) goes to the schedule's owner; if the owner does not accept within the offer
/// timeout, or is not available, any available salesperson gets it. Schedules without contact
/// do not redirect.
/// </summary>
public static class R06ScheduleOwnerFirst
{
    /// <summary>The schedule that redirects this request, if any: soonest due first, then newest.</summary>
    public static ScheduleAssessment? RedirectingSchedule(IEnumerable<ScheduleAssessment> assessments, string? productCode) =>
        assessments
            .Where(a => a.Counts && a.Schedule.Tag == ScheduleTag.SaleWithContact && IsFor(a.Schedule, productCode))
            .OrderBy(a => a.Schedule.Due)
            .ThenByDescending(a => a.Schedule.Created)
            .FirstOrDefault();

    internal static bool IsFor(Schedule schedule, string? productCode) =>
        productCode is null || schedule.ProductCode is null
        || string.Equals(schedule.ProductCode, productCode, StringComparison.OrdinalIgnoreCase);

    internal static void Apply(DecisionBuilder decision, RoutingContext context, ScheduleAssessment redirecting)
    {
        var schedule = redirecting.Schedule;
        decision.Fact("schedule", schedule.Id)
            .Fact("scheduleTag", schedule.Tag.ToWire())
            .Fact("scheduleCreated", schedule.Created)
            .Fact("scheduleDue", schedule.Due)
            .Fact("scheduleOwner", schedule.Owner.ToString());

        if (!schedule.Owner.IsAgent)
        {
            decision.Target = RoutingTarget.ToTeam(schedule.Owner.Team!.Value);
            decision.Rule(RuleIds.R6, $"{redirecting.Why}; o agendamento é da fila {schedule.Owner}");
            return;
        }

        var ownerId = schedule.Owner.AgentId!;
        var owner = context.Agent(ownerId);
        decision.Fact("ownerStatus", owner?.Status.ToWire() ?? "unknown");
        if (owner is { CanReceiveOffers: true } && !context.HasRoom(owner))
        {
            // The cap on simultaneous conversations: an owner who is full is treated as not available.
            decision.Fact("ownerLoad", context.Load(owner.Id));
            decision.Target = RoutingTarget.ToTeam(Team.Sales, excluding: ownerId);
            decision.Rule(RuleIds.R6,
                $"{redirecting.Why}; o dono {owner.Name} já atende {context.Load(owner.Id)} conversas (limite {Math.Min(context.Parameters.MaxConcurrentConversations, owner.MaxConcurrentConversations)}), então vai a qualquer vendedor disponível");
            return;
        }

        if (owner is { CanReceiveOffers: true })
        {
            decision.Target = RoutingTarget.ToAgent(ownerId);
            decision.Fallback = RoutingTarget.ToTeam(Team.Sales, excluding: ownerId);
            decision.OfferTimeout = context.Parameters.OfferTimeout;
            decision.Fact("offerTimeoutSeconds", (int)context.Parameters.OfferTimeout.TotalSeconds);
            decision.Rule(RuleIds.R6,
                $"{redirecting.Why}; oferecido a {owner.Name}, dono do agendamento, por {(int)context.Parameters.OfferTimeout.TotalSeconds} s; depois, a qualquer vendedor disponível");
            return;
        }

        decision.Target = RoutingTarget.ToTeam(Team.Sales, excluding: ownerId);
        decision.Rule(RuleIds.R6,
            $"{redirecting.Why}; o dono {owner?.Name ?? ownerId} está {Describe(owner?.Status)}, então vai a qualquer vendedor disponível");
        if (owner?.Status is AgentStatus.Absent or AgentStatus.Vacation)
        {
            decision.Rule(RuleIds.R14, $"dono {Describe(owner.Status)}: outro vendedor atende e pode vender");
        }
    }

    internal static string Describe(AgentStatus? status) => status switch
    {
        AgentStatus.Available => "disponível",
        AgentStatus.Busy => "ocupado",
        AgentStatus.Absent => "ausente",
        AgentStatus.Vacation => "de férias",
        AgentStatus.Offline => "offline",
        _ => "desconhecido",
    };
}
