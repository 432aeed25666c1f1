using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing;

/// <summary>
/// The one routing policy: a pure function of (request, matched records, agents, parameters, now)
/// to an explained decision. Each rule's logic is in Rules/RNN*.cs; this class only orders them.
/// </summary>
public static class RoutingPolicy
{
    public static RoutingDecision Decide(RoutingRequest request, RoutingContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var decision = new DecisionBuilder(context.Now);

        R03Identification.Apply(decision, context);

        // R4 first: with two records we cannot know whose schedules, debts or owner apply.
        if (R04Duplicates.Apply(decision, context))
        {
            return decision.Build();
        }

        switch (request.Kind)
        {
            case RequestKind.Buy:
            case RequestKind.PriceRequest:
                InboundSale(decision, request, context);
                break;
            case RequestKind.Undecided:
                R08UndecidedToSales.Apply(decision);
                break;
            case RequestKind.Recontract:
                Recontract(decision, request, context);
                break;
            case RequestKind.SupportQuestion:
            case RequestKind.TrainingRequest:
            case RequestKind.Complaint:
            case RequestKind.ReopenComplaint:
                R16SupportAndComplaints.Apply(decision, request);
                break;
            case RequestKind.SensitiveChange:
                R15ThirdParties.ApplyToChange(decision, request);
                break;
            case RequestKind.Billing:
                decision.For("billing", InteractionReason.Billing);
                decision.Rule(RuleIds.R2, "pedido sobre boletos: o bot informa como pagar e envia a segunda via");
                break;
            case RequestKind.Human:
                // Settled here: "falar com atendente" with no reason goes to central, the team that triages.
                decision.Target = RoutingTarget.ToTeam(Team.Central);
                decision.For("human-requested", InteractionReason.Other);
                decision.Fact("requested", "human");
                decision.Note("pedido de atendente sem motivo declarado: a central faz a triagem");
                break;
            default:
                decision.For("other", InteractionReason.Other);
                decision.Note("pedido sem regra de roteamento: o bot continua o atendimento");
                break;
        }

        if (context.Customer is not null)
        {
            R02OpenInvoices.Apply(decision, context.Customer);
        }

        return decision.Build();
    }

    private static void InboundSale(DecisionBuilder decision, RoutingRequest request, RoutingContext context)
    {
        decision.For(request.Kind == RequestKind.Buy ? "sale" : "price-request",
            request.Kind == RequestKind.Buy ? InteractionReason.Sale : InteractionReason.PriceRequest);
        if (request.ProductCode is not null)
        {
            decision.Fact("product", request.ProductCode);
        }

        R15ThirdParties.ApplyToSale(decision, request);
        R14AbsentOwner.Apply(decision, context);

        var record = context.Customer;
        var assessments = record is null
            ? []
            : record.Schedules.Select(s => R05ScheduleValidity.Assess(s, context.Calendar, context.Parameters, context.Now)).ToList();
        NoteIgnoredSchedules(decision, assessments, request.ProductCode);

        var redirecting = R06ScheduleOwnerFirst.RedirectingSchedule(assessments, request.ProductCode);
        if (redirecting is not null)
        {
            R06ScheduleOwnerFirst.Apply(decision, context, redirecting);
            return;
        }

        var withoutContact = assessments.FirstOrDefault(a => a.Counts && a.Schedule.Tag != ScheduleTag.SaleWithContact
            && R06ScheduleOwnerFirst.IsFor(a.Schedule, request.ProductCode));
        if (withoutContact is not null)
        {
            decision.Fact("scheduleWithoutContact", withoutContact.Schedule.Id);
            decision.Rule(RuleIds.R6, $"{withoutContact.Why}, mas sem contato: não redireciona, segue o atendimento normal");
        }

        R09AnotherProduct.Apply(decision, assessments, request.ProductCode);
        R07BotSells.Apply(decision, context, request.ProductCode);
    }

    private static void NoteIgnoredSchedules(DecisionBuilder decision, IEnumerable<ScheduleAssessment> assessments, string? productCode)
    {
        var ignored = assessments
            .Where(a => a.Standing is not (ScheduleStanding.Counts or ScheduleStanding.Removed or ScheduleStanding.NotForSales)
                && R06ScheduleOwnerFirst.IsFor(a.Schedule, productCode))
            .ToList();
        if (ignored.Count == 0)
        {
            return;
        }

        decision.Fact("ignoredSchedules", string.Join(",", ignored.Select(a => $"{a.Schedule.Id}:{a.Standing}")));
        decision.Rule(RuleIds.R5, string.Join("; ", ignored.Select(a => a.Why)) + " — ignorado para o roteamento");
    }

    private static void Recontract(DecisionBuilder decision, RoutingRequest request, RoutingContext context)
    {
        decision.For("recontract", InteractionReason.Recontract);
        var record = context.Customer;
        if (record is null || record.Customer.Status != CustomerStatus.Inactive || record.Customer.Inactivation is null)
        {
            // Not an inactive customer we know: a re-contract is an ordinary sale.
            decision.Fact("inactive", "false");
            InboundSale(decision, request with { Kind = RequestKind.Buy }, context);
            decision.For("recontract", InteractionReason.Recontract);
            return;
        }

        var inactivation = record.Customer.Inactivation;
        if (inactivation.Kind == InactivationKind.Manual)
        {
            if (R11ManualInactivation.Apply(decision, context, inactivation))
            {
                return;
            }
        }
        else
        {
            R12AutomaticInactivation.Apply(decision, context, inactivation.At);
        }

        if (!R13RecontractWithDebt.Apply(decision, context, record))
        {
            decision.Target = RoutingTarget.Bot;
        }
    }

    /// <summary>Agents of a team who may receive an offer now, least loaded first (used by the handoff service).</summary>
    public static IEnumerable<Agent> Eligible(IEnumerable<Agent> agents, Team team, string? excluding, Func<string, int> load, int cap) =>
        agents.Where(a => a.Team == team && a.CanReceiveOffers && a.Id != excluding && load(a.Id) < Math.Min(cap, a.MaxConcurrentConversations))
            .OrderBy(a => load(a.Id))
            .ThenBy(a => a.Id, StringComparer.Ordinal);
}
