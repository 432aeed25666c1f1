using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// A team's recent waits, measured from the handoff log itself: from a conversation entering the team's queue to
/// an agent accepting it. Only the last week's most recent waits count, so the estimate follows today's staffing.
/// </summary>
public static class QueueWaits
{
    public const int Samples = 20;
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static async Task<IReadOnlyList<TimeSpan>> RecentAsync(ContactCentreDbContext db, Team team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var queue = "queue:" + team.ToWire();
        var since = now - Window;
        var entered = await db.HandoffTransitions.AsNoTracking()
            .Where(t => t.To == queue && t.At >= since)
            .ToListAsync(cancellationToken);
        if (entered.Count == 0)
        {
            return [];
        }

        var ids = entered.Select(t => t.ConversationId).Distinct().ToList();
        var taken = await db.HandoffTransitions.AsNoTracking()
            .Where(t => ids.Contains(t.ConversationId) && t.To.StartsWith("agent:"))
            .ToListAsync(cancellationToken);
        return [.. entered
            .Select(q => (q.At, Taken: taken.Where(a => a.ConversationId == q.ConversationId && a.At >= q.At).MinBy(a => a.At)))
            .Where(x => x.Taken is not null)
            .OrderByDescending(x => x.At)
            .Take(Samples)
            .Select(x => x.Taken!.At - x.At)];
    }

    public static async Task<TimeSpan?> EstimateAsync(ContactCentreDbContext db, Team team, DateTimeOffset now, CancellationToken cancellationToken) =>
        WaitEstimate.From(await RecentAsync(db, team, now, cancellationToken));
}
