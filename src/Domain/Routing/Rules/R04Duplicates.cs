using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>R4 Duplicates: a contact matching more than one record goes to central, naming the records; nothing is merged.</summary>
public static class R04Duplicates
{
    internal static bool Apply(DecisionBuilder decision, RoutingContext context)
    {
        if (context.Matches.Count < 2)
        {
            return false;
        }

        var ids = string.Join(",", context.Matches.Select(m => m.Customer.Id));
        decision.Target = RoutingTarget.ToTeam(Team.Central);
        decision.For("duplicate-record", InteractionReason.DuplicateRecord);
        decision.Fact("records", ids);
        decision.Rule(RuleIds.R4, $"o contato corresponde a {context.Matches.Count} fichas ({ids}); a central revisa o cadastro");
        return true;
    }
}
