using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Campaigns;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>
/// Evaluates a segment against the store: every customer's facts (oldest open invoice, products bought, live
/// schedule tags) gathered in four queries, then <see cref="SegmentMatcher"/>. One address per person: two
/// records sharing a phone (R4) get one message.
/// </summary>
public static class CampaignAudience
{
    public static async Task<AudienceResult> EvaluateAsync(ContactCentreDbContext db, CampaignSegment segment, string channel, BusinessCalendar calendar,
        DateOnly today, CancellationToken cancellationToken)
    {
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var debts = (await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Open).Select(i => new { i.CustomerId, i.Due }).ToListAsync(cancellationToken))
            .GroupBy(i => i.CustomerId).ToDictionary(g => g.Key, g => g.Min(i => i.Due), StringComparer.Ordinal);
        var bought = (await db.Sales.AsNoTracking().Select(s => new { s.CustomerId, s.ProductCode }).ToListAsync(cancellationToken))
            .GroupBy(s => s.CustomerId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(s => s.ProductCode).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var tags = (await db.Schedules.AsNoTracking().Where(s => s.RemovedAt == null).Select(s => new { s.CustomerId, s.Tag }).ToListAsync(cancellationToken))
            .GroupBy(s => s.CustomerId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(s => s.Tag.ToWire()).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

        var members = new List<AudienceMember>();
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int optedOut = 0, unreachable = 0, sharedAddress = 0;
        foreach (var customer in customers)
        {
            var facts = new CustomerFacts(customer, debts.TryGetValue(customer.Id, out var due) ? due : null,
                bought.GetValueOrDefault(customer.Id) ?? new HashSet<string>(), tags.GetValueOrDefault(customer.Id) ?? new HashSet<string>());
            if (!SegmentMatcher.Matches(segment, facts with { Customer = WithoutOptOut(customer) }, calendar, today))
            {
                continue; // not in the segment at all
            }

            if (customer.OptedOut)
            {
                optedOut++;
            }
            else if (SegmentMatcher.Address(customer, channel) is not { } address)
            {
                unreachable++;
            }
            else if (!addresses.Add(address))
            {
                sharedAddress++;
            }
            else
            {
                members.Add(new AudienceMember(customer.Id, customer.Name, address));
            }
        }

        return new AudienceResult(members, optedOut, unreachable, sharedAddress);
    }

    /// <summary>The segment match without the opt-out check, so the preview can say how many opted out.</summary>
    private static Domain.Customers.Customer WithoutOptOut(Domain.Customers.Customer customer)
    {
        if (!customer.OptedOut)
        {
            return customer;
        }

        var copy = new Domain.Customers.Customer
        {
            Id = customer.Id, Name = customer.Name, Status = customer.Status, Inactivation = customer.Inactivation,
            Contacts = customer.Contacts, CreatedAt = customer.CreatedAt,
        };
        return copy;
    }
}

/// <summary>One person a campaign reaches.</summary>
public sealed record AudienceMember(string CustomerId, string Name, string Address);

/// <summary>The audience and who the segment matched but will not be sent to (and why).</summary>
public sealed record AudienceResult(IReadOnlyList<AudienceMember> Members, int OptedOut, int Unreachable, int SharedAddress);
