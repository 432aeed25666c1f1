using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// An agent's tasks (<c>GET /api/console/tasks</c>): the schedules they own that are still live, soonest first, each marked
/// overdue / today / upcoming, with R5's verdict, and the channels to start the conversation on.
/// </summary>
public sealed class AgentTasks(StoreFactory stores, RoutingSettings routing, TimeProvider clock)
{
    public async Task<IReadOnlyList<TaskView>> ForAgentAsync(string agentId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var now = clock.GetUtcNow();
        var calendar = routing.CalendarAt(now);
        var today = calendar.DateOf(now);
        var schedules = await db.Schedules.AsNoTracking()
            .Where(s => s.Owner.AgentId == agentId && s.RemovedAt == null)
            .ToListAsync(cancellationToken);
        var customerIds = schedules.Select(s => s.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
        var channels = (await db.Conversations.AsNoTracking()
                .Where(c => c.CustomerId != null && customerIds.Contains(c.CustomerId))
                .Select(c => new { c.CustomerId, c.Channel })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.CustomerId!, c => c.Channel, StringComparer.Ordinal);

        return [.. schedules
            .OrderBy(s => s.Due).ThenBy(s => s.Created)
            .Select(s =>
            {
                var customer = customers.GetValueOrDefault(s.CustomerId);
                var assessment = R05ScheduleValidity.Assess(s, calendar, routing.Parameters, now);
                var state = s.Due < today ? "overdue" : s.Due == today ? "today" : "upcoming";
                var reachable = new SortedSet<string>(channels[s.CustomerId], StringComparer.Ordinal);
                if (customer?.Phones.Any() == true)
                {
                    reachable.Add("whatsapp");
                }

                if (customer?.Emails.Any() == true)
                {
                    reachable.Add("email");
                }

                reachable.Remove("webchat");
                return new TaskView(s.Id, s.CustomerId, customer?.Name ?? s.CustomerId, s.Tag.ToWire(), s.ProductCode, s.Created, s.Due, state,
                    assessment.Standing.ToString(), assessment.Why, s.Note, s.ConversationId, customer?.OptedOut ?? false, [.. reachable]);
            })];
    }
}
