using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Analytics;

/// <summary>
/// The manager's figures over a date range (days in the routing time zone, both ends included): conversations by
/// channel and day, containment vs handoff by reason and rule, quotes sent and converted, queue and first-answer
/// times per team, offers timed out, satisfaction per agent, and the schedules out of rule (R5).
/// </summary>
public sealed class StudioAnalytics(StoreFactory stores, RoutingSettings routing, TimeProvider clock)
{
    /// <summary>A quote counts as converted when the customer buys one of its products within this many days.</summary>
    public const int ConversionDays = 30;

    public static IReadOnlyList<string> Reports { get; } = ["conversations", "containment", "quotes", "teams", "offers", "satisfaction", "schedules-out-of-rule"];

    public async Task<AnalyticsTable?> RunAsync(string report, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = Start(from);
        var end = Start(to.AddDays(1));
        await using var db = stores.Create();
        return report switch
        {
            "conversations" => await ConversationsAsync(db, from, to, start, end, cancellationToken),
            "containment" => await ContainmentAsync(db, from, to, start, end, cancellationToken),
            "quotes" => await QuotesAsync(db, from, to, start, end, cancellationToken),
            "teams" => await TeamsAsync(db, from, to, start, end, cancellationToken),
            "offers" => await OffersAsync(db, from, to, start, end, cancellationToken),
            "satisfaction" => await SatisfactionAsync(db, from, to, start, end, cancellationToken),
            "schedules-out-of-rule" => await OutOfRuleAsync(db, from, to, cancellationToken),
            _ => null,
        };
    }

    private async Task<AnalyticsTable> ConversationsAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var rows = await db.Conversations.AsNoTracking().Where(c => c.StartedAt >= start && c.StartedAt < end).Select(c => new { c.Channel, c.StartedAt }).ToListAsync(ct);
        var grouped = rows.GroupBy(r => (Day: Day(r.StartedAt), r.Channel)).OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<object?>)[g.Key.Day.ToString("yyyy-MM-dd"), g.Key.Channel, g.Count()]).ToList();
        return new AnalyticsTable("conversations", from, to, ["day", "channel", "conversations"], grouped,
            rows.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => (object?)g.Count()));
    }

    private async Task<AnalyticsTable> ContainmentAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.StartedAt >= start && c.StartedAt < end).Select(c => new { c.Id, c.HandoffReason }).ToListAsync(ct);
        var ids = conversations.Select(c => c.Id).ToList();
        var handedOff = (await db.HandoffTransitions.AsNoTracking().Where(t => ids.Contains(t.ConversationId) && t.From == "bot" && t.To != "bot")
            .Select(t => t.ConversationId).Distinct().ToListAsync(ct)).ToHashSet();
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.ConversationId) && d.Target != "Bot").Select(d => new { d.ConversationId, d.Reason, d.RuleIds }).ToListAsync(ct);
        var rows = decisions.Where(d => handedOff.Contains(d.ConversationId))
            .GroupBy(d => (d.Reason, d.RuleIds)).OrderByDescending(g => g.Select(d => d.ConversationId).Distinct().Count())
            .Select(g => (IReadOnlyList<object?>)[g.Key.Reason, g.Key.RuleIds, g.Select(d => d.ConversationId).Distinct().Count()]).ToList();
        var total = conversations.Count;
        var contained = total - handedOff.Count;
        return new AnalyticsTable("containment", from, to, ["reason", "rules", "handoffs"], rows, new Dictionary<string, object?>
        {
            ["conversations"] = total,
            ["contained"] = contained,
            ["handedOff"] = handedOff.Count,
            ["containmentRate"] = total == 0 ? null : Math.Round((double)contained / total, 4),
            ["handoffRate"] = total == 0 ? null : Math.Round((double)handedOff.Count / total, 4),
        });
    }

    private async Task<AnalyticsTable> QuotesAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.CreatedAt >= start && q.CreatedAt < end).ToListAsync(ct);
        var customers = quotes.Select(q => q.CustomerId).OfType<string>().Distinct().ToList();
        var horizon = end.AddDays(ConversionDays);
        var sales = await db.Sales.AsNoTracking().Where(s => customers.Contains(s.CustomerId) && s.At >= start && s.At < horizon).Select(s => new { s.CustomerId, s.ProductCode, s.At }).ToListAsync(ct);
        bool Converted(Domain.Catalogue.Quote q) => q.CustomerId is { } customer && sales.Any(s => s.CustomerId == customer && s.At >= q.CreatedAt
            && s.At <= q.CreatedAt.AddDays(ConversionDays) && q.Lines.Any(l => l.ProductCode == s.ProductCode));
        var byDay = quotes.GroupBy(q => Day(q.CreatedAt)).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[g.Key.ToString("yyyy-MM-dd"), g.Count(), g.Count(Converted), g.Sum(q => q.Lines.Sum(l => l.Total))]).ToList();
        var converted = quotes.Count(Converted);
        return new AnalyticsTable("quotes", from, to, ["day", "quotes", "converted", "quotedAmount"], byDay, new Dictionary<string, object?>
        {
            ["quotes"] = quotes.Count,
            ["converted"] = converted,
            ["conversionRate"] = quotes.Count == 0 ? null : Math.Round((double)converted / quotes.Count, 4),
        });
    }

    private async Task<AnalyticsTable> TeamsAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var transitions = await db.HandoffTransitions.AsNoTracking().Where(t => t.At >= start && t.At < end).ToListAsync(ct);
        var agents = await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Team.ToWire(), ct);
        var ids = transitions.Select(t => t.ConversationId).Distinct().ToList();
        var answers = await db.Transcript.AsNoTracking().Where(e => ids.Contains(e.ConversationId) && e.Kind == TranscriptKind.Outbound && e.Sender != "bot")
            .Select(e => new { e.ConversationId, e.At }).ToListAsync(ct);
        var samples = new List<(string Team, double QueueSeconds, double? FirstAnswerSeconds)>();
        foreach (var conversation in transitions.GroupBy(t => t.ConversationId))
        {
            var ordered = conversation.OrderBy(t => t.At).ToList();
            foreach (var handoff in ordered.Where(t => t.From == "bot" && t.To != "bot"))
            {
                var taken = ordered.FirstOrDefault(t => t.At >= handoff.At && t.To.StartsWith("agent:", StringComparison.Ordinal));
                if (taken is null)
                {
                    continue;
                }

                var agentId = taken.To["agent:".Length..];
                var team = agents.GetValueOrDefault(agentId) ?? (handoff.To.StartsWith("queue:", StringComparison.Ordinal) ? handoff.To["queue:".Length..] : "?");
                var answer = answers.Where(a => a.ConversationId == conversation.Key && a.At >= taken.At).Select(a => (DateTimeOffset?)a.At).Min();
                samples.Add((team, (taken.At - handoff.At).TotalSeconds, answer is { } at ? (at - handoff.At).TotalSeconds : null));
            }
        }

        var rows = samples.GroupBy(s => s.Team).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<object?>)
        [
            g.Key, g.Count(), Math.Round(g.Average(s => s.QueueSeconds), 1),
            g.Any(s => s.FirstAnswerSeconds is not null) ? Math.Round(g.Where(s => s.FirstAnswerSeconds is not null).Average(s => s.FirstAnswerSeconds!.Value), 1) : null,
        ]).ToList();
        return new AnalyticsTable("teams", from, to, ["team", "handoffsTaken", "avgQueueSeconds", "avgFirstAnswerSeconds"], rows, new Dictionary<string, object?> { ["handoffsTaken"] = samples.Count });
    }

    private async Task<AnalyticsTable> OffersAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var transitions = await db.HandoffTransitions.AsNoTracking().Where(t => t.At >= start && t.At < end).Select(t => new { t.At, t.From, t.To, t.Reason }).ToListAsync(ct);
        var offers = transitions.Where(t => t.To.StartsWith("offered:", StringComparison.Ordinal)).ToList();
        var timedOut = transitions.Where(t => t.From.StartsWith("offered:", StringComparison.Ordinal) && t.Reason.Contains("timeout", StringComparison.OrdinalIgnoreCase)).ToList();
        var days = offers.Select(o => Day(o.At)).Concat(timedOut.Select(t => Day(t.At))).Distinct().Order();
        var rows = days.Select(d => (IReadOnlyList<object?>)[d.ToString("yyyy-MM-dd"), offers.Count(o => Day(o.At) == d), timedOut.Count(t => Day(t.At) == d)]).ToList();
        var byAgent = timedOut.GroupBy(t => t.From["offered:".Length..]).ToDictionary(g => $"timedOut:{g.Key}", g => (object?)g.Count());
        byAgent["offers"] = offers.Count;
        byAgent["timedOut"] = timedOut.Count;
        return new AnalyticsTable("offers", from, to, ["day", "offers", "timedOut"], rows, byAgent);
    }

    private async Task<AnalyticsTable> SatisfactionAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var ratings = await db.SatisfactionRatings.AsNoTracking().Where(r => r.At >= start && r.At < end).Select(r => new { r.AgentId, r.Score }).ToListAsync(ct);
        var rows = ratings.GroupBy(r => r.AgentId ?? "bot").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<object?>)[g.Key, g.Count(), Math.Round(g.Average(r => r.Score), 2)]).ToList();
        return new AnalyticsTable("satisfaction", from, to, ["agent", "ratings", "average"], rows, new Dictionary<string, object?>
        {
            ["ratings"] = ratings.Count,
            ["average"] = ratings.Count == 0 ? null : Math.Round(ratings.Average(r => r.Score), 2),
        });
    }

    /// <summary>Schedules still in the book (not removed) that R5 would not count today, with R5's reason.</summary>
    private async Task<AnalyticsTable> OutOfRuleAsync(ContactCentreDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.RemovedAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var rows = R05ScheduleValidity.OutOfRule(schedules.Where(s => s.Created <= to && s.Due >= from), routing.CalendarAt(now), routing.Parameters, now)
            .OrderBy(a => a.Schedule.Due)
            .Select(a => (IReadOnlyList<object?>)[a.Schedule.Id, a.Schedule.CustomerId, a.Schedule.Owner.ToString(), a.Schedule.Tag.ToWire(),
                a.Schedule.Created.ToString("yyyy-MM-dd"), a.Schedule.Due.ToString("yyyy-MM-dd"), a.Standing.ToString(), a.Why]).ToList();
        return new AnalyticsTable("schedules-out-of-rule", from, to, ["schedule", "customer", "owner", "tag", "created", "due", "standing", "why"], rows,
            new Dictionary<string, object?> { ["outOfRule"] = rows.Count });
    }

    private DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, routing.TimeZone.GetUtcOffset(local));
    }

    private DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, routing.TimeZone).DateTime);
}
