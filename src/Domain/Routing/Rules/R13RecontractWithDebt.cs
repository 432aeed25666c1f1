using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R13 Re-contract with debt: the debt's age is today minus the due date of the oldest open invoice.
/// Older than 1 year: waived (marked, never deleted), the contract goes ahead with no discount unless
/// the contact came from a broadcast campaign. 1 year or less: listed and handed to sales
/// (recontract-with-debt).
/// </summary>
public static class R13RecontractWithDebt
{
    /// <summary>True when the debt is older than the waiver age: strictly more than N years before today.</summary>
    public static bool IsWaivable(DateOnly oldestDue, DateOnly today, int years) => oldestDue.AddYears(years) < today;

    /// <summary>Returns true when sales takes the conversation.</summary>
    internal static bool Apply(DecisionBuilder decision, RoutingContext context, CustomerRecord record)
    {
        var open = record.OpenInvoices.ToList();
        if (record.Customer.Campaign)
        {
            decision.DiscountPercent = record.Customer.CampaignDiscountPercent ?? 0m;
            decision.Fact("campaign", "true");
        }

        if (open.Count == 0)
        {
            decision.Fact("debt", "none");
            return false;
        }

        var oldest = open[0];
        var today = context.Today;
        var ageDays = context.Calendar.CalendarDaysBetween(oldest.Due, today);
        var total = open.Sum(i => i.Amount);
        decision.Fact("oldestOpenInvoice", oldest.Number).Fact("oldestDue", oldest.Due).Fact("debtAgeDays", ageDays)
            .Fact("debtTotal", total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));

        if (IsWaivable(oldest.Due, today, context.Parameters.DebtWaiverYears))
        {
            decision.InvoicesToWaive.AddRange(open.Select(i => i.Number));
            var discount = record.Customer.Campaign
                ? $"com o desconto da campanha ({decision.DiscountPercent:0.##}%)"
                : "sem desconto";
            decision.Rule(RuleIds.R13,
                $"dívida de {ageDays} dias (mais de {context.Parameters.DebtWaiverYears} ano): abonada ({string.Join(", ", open.Select(i => i.Number))}) e a recontratação segue {discount}");
            return false;
        }

        decision.Target = RoutingTarget.ToTeam(Team.Sales);
        decision.For("recontract-with-debt", Customers.InteractionReason.Recontract);
        decision.Rule(RuleIds.R13,
            $"dívida de {ageDays} dias ({Money.Format(total)}; até {context.Parameters.DebtWaiverYears} ano): listada ao cliente e repassada ao comercial");
        return true;
    }
}
