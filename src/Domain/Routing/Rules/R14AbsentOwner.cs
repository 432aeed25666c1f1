using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Sales;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R14 Absent owner: when the customer's responsible salesperson is on vacation or absent, another
/// salesperson (or the bot) attends and may sell. Commission: on vacation, to whoever closed; absent,
/// to whoever held the first negotiation (the owner of the customer's earliest sales schedule for that
/// product, else the responsible salesperson). The bot's sales carry no personal commission.
/// </summary>
public static class R14AbsentOwner
{
    public static CommissionDecision Commission(
        string closedBy,
        string productCode,
        Agent? responsibleSalesperson,
        IEnumerable<Schedule> customerSchedules)
    {
        if (closedBy == Sale.Bot)
        {
            return new(Sale.Bot, RuleIds.R14, "venda fechada pelo bot: sem comissão pessoal");
        }

        if (responsibleSalesperson is { Status: AgentStatus.Absent } && responsibleSalesperson.Id != closedBy)
        {
            var negotiator = customerSchedules
                .Where(s => s.Tag.IsSalesTag() && s.Owner.IsAgent
                    && string.Equals(s.ProductCode, productCode, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.Created)
                .Select(s => s.Owner.AgentId!)
                .FirstOrDefault() ?? responsibleSalesperson.Id;
            return new(negotiator, RuleIds.R14,
                $"vendedor responsável {responsibleSalesperson.Name} ausente: a comissão é de quem fez a tratativa inicial ({negotiator})");
        }

        if (responsibleSalesperson is { Status: AgentStatus.Vacation } && responsibleSalesperson.Id != closedBy)
        {
            return new(closedBy, RuleIds.R14,
                $"vendedor responsável {responsibleSalesperson.Name} de férias: a comissão é de quem efetivou a venda ({closedBy})");
        }

        return new(closedBy, RuleIds.R14, $"a comissão é de quem efetivou a venda ({closedBy})");
    }

    /// <summary>Notes on a sale request that the responsible salesperson is away, so another attends.</summary>
    internal static void Apply(DecisionBuilder decision, RoutingContext context)
    {
        var owner = context.Agent(context.Customer?.Customer.OwnerAgentId);
        if (owner?.Status is AgentStatus.Absent or AgentStatus.Vacation)
        {
            decision.Fact("responsibleSalesperson", owner.Id).Fact("responsibleStatus", owner.Status.ToWire());
            decision.Rule(RuleIds.R14,
                $"vendedor responsável {owner.Name} está {R06ScheduleOwnerFirst.Describe(owner.Status)}: outro vendedor, ou o bot, atende e pode vender");
        }
    }
}
