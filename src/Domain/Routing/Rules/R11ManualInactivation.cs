using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R11 Manual inactivation: a manually inactivated customer re-contracting within 15 days (today minus
/// the inactivation date ≤ 15) goes to the agent who inactivated them; later, anyone (the bot too) may
/// re-contract. The customer must answer the bot's message, even negatively, before it is closed.
/// </summary>
public static class R11ManualInactivation
{
    /// <summary>Returns true when the inactivating agent takes the conversation.</summary>
    internal static bool Apply(DecisionBuilder decision, RoutingContext context, Inactivation inactivation)
    {
        var inactivatedOn = context.Calendar.DateOf(inactivation.At);
        var days = context.Calendar.CalendarDaysBetween(inactivatedOn, context.Today);
        decision.Fact("inactivation", "manual").Fact("inactivatedOn", inactivatedOn).Fact("inactivatedBy", inactivation.ByAgentId ?? "")
            .Fact("daysSinceInactivation", days);
        if (days > context.Parameters.ManualInactivationDays || inactivation.ByAgentId is null)
        {
            decision.Rule(RuleIds.R11,
                $"inativação manual há {days} dias (mais de {context.Parameters.ManualInactivationDays}): qualquer um, o bot inclusive, pode recontratar");
            return false;
        }

        var agent = context.Agent(inactivation.ByAgentId);
        if (agent is { CanReceiveOffers: true })
        {
            decision.Target = RoutingTarget.ToAgent(agent.Id);
            decision.Fallback = RoutingTarget.ToTeam(Team.Sales, excluding: agent.Id);
            decision.OfferTimeout = context.Parameters.OfferTimeout;
            decision.Rule(RuleIds.R11,
                $"inativado manualmente por {agent.Name} há {days} dias (até {context.Parameters.ManualInactivationDays}): a recontratação é com quem inativou");
        }
        else
        {
            // Settled here: an inactivating agent who cannot take it now is treated like an absent
            // schedule owner (R6): the sales team attends rather than leaving the customer waiting.
            decision.Target = RoutingTarget.ToTeam(Team.Sales, excluding: inactivation.ByAgentId);
            decision.Rule(RuleIds.R11,
                $"inativado manualmente por {agent?.Name ?? inactivation.ByAgentId} há {days} dias, mas ele está {R06ScheduleOwnerFirst.Describe(agent?.Status)}: vai ao comercial");
        }

        decision.For("recontract", InteractionReason.Recontract);
        return true;
    }
}
