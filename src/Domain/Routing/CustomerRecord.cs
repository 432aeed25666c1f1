using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing;

/// <summary>A customer with the invoices and schedules the rules read.</summary>
public sealed record CustomerRecord(Customer Customer, IReadOnlyList<Invoice> Invoices, IReadOnlyList<Schedule> Schedules)
{
    public IEnumerable<Invoice> OpenInvoices => Invoices.Where(i => i.IsOpen).OrderBy(i => i.Due).ThenBy(i => i.Number, StringComparer.Ordinal);
}
