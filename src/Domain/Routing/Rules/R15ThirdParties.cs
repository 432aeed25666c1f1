using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R15 Third parties: anyone may contract or upgrade for a customer after confirming the record's
/// data, and a copy goes to the account holder; a third party's change to sensitive data (holder,
/// CPF/CNPJ, billing e-mail, administrator) is held until the holder confirms it.
/// </summary>
public static class R15ThirdParties
{
    public static bool MustHold(SensitiveField field, bool requesterIsHolder) => !requesterIsHolder;

    public static HeldChange Hold(Guid id, string customerId, SensitiveField field, string newValue, string requestedBy, DateTimeOffset now) => new()
    {
        Id = id,
        CustomerId = customerId,
        Field = field,
        NewValue = newValue,
        RequestedBy = requestedBy,
        RequestedAt = now,
    };

    internal static void ApplyToSale(DecisionBuilder decision, RoutingRequest request)
    {
        if (request.RequesterIsHolder)
        {
            return;
        }

        decision.CopyToHolder = true;
        decision.Fact("thirdParty", "true");
        decision.Rule(RuleIds.R15, "contratação por terceiro após confirmar os dados da ficha; cópia ao titular");
    }

    internal static void ApplyToChange(DecisionBuilder decision, RoutingRequest request)
    {
        var field = request.Field ?? SensitiveField.Holder;
        decision.Fact("field", field.ToString());
        decision.For("sensitive-change", InteractionReason.Other);
        if (MustHold(field, request.RequesterIsHolder))
        {
            decision.HoldForHolder = true;
            decision.Target = RoutingTarget.Bot;
            decision.Rule(RuleIds.R15, $"alteração de dado sensível ({field}) pedida por terceiro: fica retida até o titular confirmar");
            return;
        }

        // Settled here: the holder's own sensitive change is a registration task, which central owns.
        decision.Target = RoutingTarget.ToTeam(Team.Central);
        decision.Rule(RuleIds.R15, $"alteração de dado sensível ({field}) pedida pelo titular: a central faz o ajuste do cadastro");
    }
}
