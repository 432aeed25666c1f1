using ContactCentre.Domain.Billing;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>
/// R2 Open invoices: an identified customer with open invoices is told, once per conversation,
/// number, amount, due date and how to pay. A sale still goes ahead. Waived debt (R13) is not announced.
/// </summary>
public static class R02OpenInvoices
{
    public static IReadOnlyList<Invoice> ToAnnounce(CustomerRecord? record, IEnumerable<string> alreadyAnnounced, IEnumerable<string> beingWaived)
    {
        if (record is null)
        {
            return [];
        }

        var skip = new HashSet<string>(alreadyAnnounced.Concat(beingWaived), StringComparer.Ordinal);
        return [.. record.OpenInvoices.Where(i => !skip.Contains(i.Number))];
    }

    internal static void Apply(DecisionBuilder decision, CustomerRecord? record)
    {
        var invoices = ToAnnounce(record, [], decision.InvoicesToWaive);
        if (invoices.Count == 0)
        {
            return;
        }

        decision.InvoicesToAnnounce.AddRange(invoices.Select(i => i.Number));
        decision.Fact("openInvoices", string.Join(",", invoices.Select(i => i.Number)));
        decision.Rule(RuleIds.R2, $"cliente tem {invoices.Count} boleto(s) em aberto; avisar com educação");
    }
}
