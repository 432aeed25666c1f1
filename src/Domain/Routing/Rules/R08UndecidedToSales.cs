using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R8 Inbound sale, step 3: a customer who asked prices and then says they have not decided goes to
/// the sales team (reason undecided-prospect) after the quote. A bare price question is not indecision.
/// </summary>
public static class R08UndecidedToSales
{
    internal static void Apply(DecisionBuilder decision)
    {
        decision.Target = RoutingTarget.ToTeam(Team.Sales);
        decision.For("undecided-prospect", InteractionReason.PriceRequest);
        decision.Rule(RuleIds.R8, "cliente pediu valores mas ainda não decidiu: o comercial faz o trabalho de convencimento");
    }
}
