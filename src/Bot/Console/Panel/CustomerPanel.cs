using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>Reads the customer record side panel: record, contacts, open invoices, schedules under R5, history (R1), sales and complaints.</summary>
public sealed class CustomerPanel(StoreFactory stores, RoutingSettings routing, TimeProvider clock)
{
    private const int HistoryLength = 50;

    public async Task<CustomerPanelView?> ReadAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var today = calendar.DateOf(now);
        var agents = await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.CustomerId == customerId && i.Status == InvoiceStatus.Open).ToListAsync(cancellationToken);
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken);
        var changes = (await db.ScheduleChanges.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken))
            .OrderBy(c => c.At).ToLookup(c => c.ScheduleId, StringComparer.Ordinal);
        var interactions = (await db.Interactions.AsNoTracking().Where(i => i.CustomerId == customerId).ToListAsync(cancellationToken))
            .OrderByDescending(i => i.StartedAt).Take(HistoryLength);
        var sales = (await db.Sales.AsNoTracking().Where(s => s.CustomerId == customerId).ToListAsync(cancellationToken))
            .OrderByDescending(s => s.At).Take(HistoryLength);
        var complaints = (await db.Complaints.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.OpenedAt);
        var products = await db.Products.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Name).ToListAsync(cancellationToken);

        AgentRef? Ref(string? id) => id is not null && agents.TryGetValue(id, out var a) ? new AgentRef(a.Id, a.Name, a.Status.ToWire(), a.Team.ToWire()) : null;

        return new CustomerPanelView(
            new CustomerView(customer.Id, customer.Name, customer.Status.ToString().ToLowerInvariant(), Ref(customer.OwnerAgentId), customer.Campaign,
                customer.CampaignDiscountPercent, customer.OptedOut, customer.Prospect,
                customer.Inactivation is { } i ? new InactivationView(i.Kind.ToString().ToLowerInvariant(), i.ByAgentId, i.At) : null),
            [.. customer.Contacts.Select(c => new ContactView(c.Kind.ToString().ToLowerInvariant(), c.Value))],
            [.. invoices.OrderBy(i => i.Due).ThenBy(i => i.Number, StringComparer.Ordinal)
                .Select(i => new InvoiceView(i.Number, i.Amount, Money.Format(i.Amount, "pt-BR"), i.Due, i.Due < today, i.PaymentLine, i.PixCode, i.SecondCopyUrl))],
            [.. schedules.OrderBy(s => s.IsRemoved).ThenBy(s => s.Due).Select(s => Schedule(s, changes[s.Id], agents, calendar, now))],
            [.. interactions.Select(i => new InteractionView(i.Id, i.ConversationId, i.Channel, i.StartedAt, i.UpdatedAt, InteractionReasons.ToWire(i.Reason),
                i.Summary, i.AttendedBy, i.Completed, i.TranscriptLink))],
            [.. sales.Select(s => new SaleView(s.Id, s.ProductCode, s.Quantity, s.Amount, s.ClosedBy, s.CommissionBeneficiary, s.CommissionRule, s.At))],
            [.. complaints.Select(c => new ComplaintView(c.Protocol, c.Text, c.Status.ToString().ToLowerInvariant(), c.OpenedAt, c.ResolvedAt, c.ReopenCount))],
            [.. products.Select(p => new ProductView(p.Code, p.Name, p.Unit, p.UnitPrice, Money.Format(p.UnitPrice, "pt-BR")))]);
    }

    internal ScheduleView Schedule(Schedule s, IEnumerable<ScheduleChange> changes, IReadOnlyDictionary<string, Agent> agents, BusinessCalendar calendar, DateTimeOffset now)
    {
        var assessment = R05ScheduleValidity.Assess(s, calendar, routing.Parameters, now);
        var canRenew = ScheduleTerms.CheckRenewal(s, ScheduleTerms.DefaultRenewalDue(s, calendar, routing.Parameters), byManager: true, calendar.DateOf(now), calendar, routing.Parameters).Allowed;
        var ownerName = s.Owner.AgentId is { } id && agents.TryGetValue(id, out var a) ? a.Name : null;
        return new ScheduleView(s.Id, s.Tag.ToWire(), s.ProductCode, s.Owner.ToString(), ownerName, s.Created, s.Due, s.Validated, s.Note, s.ConversationId,
            assessment.Standing.ToString(), assessment.Counts, assessment.Why, canRenew, assessment.BusinessDays,
            s.IsRemoved ? new RemovalView(s.RemovedAt!.Value, s.RemovedBy, s.RemovedReason) : null,
            [.. changes.Select(c => new ScheduleChangeView(c.Action, c.By, c.At, c.Details))]);
    }
}
