using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// <c>GET /api/console/queue</c>: offers to me, conversations queued for my team (not those I let lapse) and
/// the ones I hold. Supervisors and managers see every team's queue and every offer.
/// </summary>
public static class ConsoleQueueEndpoints
{
    public static RouteGroupBuilder MapConsoleQueue(this RouteGroupBuilder console)
    {
        console.MapGet("/queue", async (HttpContext http, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
        {
            var user = ConsoleAccess.Current(http);
            await using var db = stores.Create();
            var open = await db.Conversations.AsNoTracking()
                .Where(c => c.ClosedAt == null && (c.Holder == ConversationHolder.Offered || c.Holder == ConversationHolder.Queued || c.Holder == ConversationHolder.Agent))
                .Where(ConsoleAccess.Visible(user))
                .ToListAsync(cancellationToken);
            var me = user.AgentId;
            var offers = open.Where(c => c.Holder == ConversationHolder.Offered && (c.HolderAgentId == me || user.SeesAllTeams)).OrderBy(c => c.OfferDeadline).ToList();
            var queued = open.Where(c => c.Holder == ConversationHolder.Queued && (user.SeesAllTeams || c.ExcludedAgentId != me)).ToList();
            var mine = open.Where(c => c.Holder == ConversationHolder.Agent && c.HolderAgentId == me).OrderByDescending(c => c.LastActivityAt).ToList();
            var summaries = (await read.SummariesAsync(db, [.. offers, .. queued, .. mine], cancellationToken)).ToDictionary(s => s.Id);
            return Results.Ok(new QueueView(
                [.. offers.Select(c => summaries[c.Id])],
                [.. queued.Select(c => summaries[c.Id]).OrderBy(s => s.WaitingSince)],
                [.. mine.Select(c => summaries[c.Id])]));
        });
        return console;
    }
}
