using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Runtime;

/// <summary>R3 against the store: records holding a contact point, loaded with their invoices and schedules.</summary>
public static class CustomerLookup
{
    public static async Task<IReadOnlyList<CustomerRecord>> FindAsync(ContactCentreDbContext db, IReadOnlyCollection<ContactPoint> points, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            var matches = await db.Customers
                .Where(c => c.Contacts.Any(p => p.Kind == point.Kind && p.Value == point.Value))
                .ToListAsync(cancellationToken);
            foreach (var match in matches)
            {
                found.TryAdd(match.Id, match);
            }
        }

        var records = new List<CustomerRecord>();
        foreach (var customer in found.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            records.Add(await LoadAsync(db, customer, cancellationToken));
        }

        return records;
    }

    public static async Task<CustomerRecord?> LoadAsync(ContactCentreDbContext db, string customerId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        return customer is null ? null : await LoadAsync(db, customer, cancellationToken);
    }

    private static async Task<CustomerRecord> LoadAsync(ContactCentreDbContext db, Customer customer, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.Where(i => i.CustomerId == customer.Id).ToListAsync(cancellationToken);
        var schedules = await db.Schedules.Where(s => s.CustomerId == customer.Id).ToListAsync(cancellationToken);
        return new CustomerRecord(customer, invoices, schedules);
    }
}
