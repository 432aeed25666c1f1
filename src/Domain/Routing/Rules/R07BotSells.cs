using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R7 Inbound sale, step 2: with no redirecting schedule the bot quotes at once in the same channel
/// and, for a known customer, creates a venda-com-contato follow-up due in 2 business days owned by
/// the sales queue; an anonymous prospect is asked for a contact to follow up.
/// </summary>
public static class R07BotSells
{
    internal static void Apply(DecisionBuilder decision, RoutingContext context, string? productCode)
    {
        decision.Target = RoutingTarget.Bot;
        var record = context.Customer;
        if (record is null)
        {
            decision.AskForContact = true;
            decision.Rule(RuleIds.R7, "sem agendamento que redirecione: o bot cota na hora e pede um contato para retorno");
            return;
        }

        var today = context.Today;
        var due = context.Calendar.AddBusinessDays(today, context.Parameters.SaleWithContactBusinessDays);
        decision.FollowUp = new ScheduleDraft(ScheduleTag.SaleWithContact, ScheduleOwner.OfTeam(Team.Sales), productCode, today, due);
        decision.Fact("followUpDue", due);
        decision.Rule(RuleIds.R7,
            $"sem agendamento que redirecione: o bot cota na hora e agenda retorno #venda-com-contato da fila comercial para {Br.Date(due)}");
    }
}
