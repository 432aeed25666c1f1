using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// <c>GET /api/console/supervisor</c> (policy Supervisor): every team with its agents' status and load, queue
/// length and longest wait; the pending offers, soonest deadline first; open conversations per channel.
/// </summary>
public static class ConsoleSupervisorEndpoints
{
    public static RouteGroupBuilder MapConsoleSupervisor(this RouteGroupBuilder console)
    {
        console.MapGet("/supervisor", async (StoreFactory stores, ConsoleReadModel read, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = clock.GetUtcNow();
            await using var db = stores.Create();
            var agents = await db.Agents.AsNoTracking().Where(a => a.Active).OrderBy(a => a.Name).ToListAsync(cancellationToken);
            var open = await db.Conversations.AsNoTracking().Where(c => c.ClosedAt == null).ToListAsync(cancellationToken);
            var handedOff = open.Where(c => c.Holder is ConversationHolder.Offered or ConversationHolder.Queued or ConversationHolder.Agent).ToList();
            var summaries = (await read.SummariesAsync(db, handedOff, cancellationToken)).ToDictionary(s => s.Id);
            var load = handedOff.Where(c => c.Holder is ConversationHolder.Offered or ConversationHolder.Agent && c.HolderAgentId != null)
                .GroupBy(c => c.HolderAgentId!).ToDictionary(g => g.Key, g => g.Count());

            var teams = Enum.GetValues<Team>().Select(team =>
            {
                var queued = handedOff.Where(c => c.Holder == ConversationHolder.Queued && c.HolderTeam == team.ToWire()).Select(c => summaries[c.Id]).ToList();
                var longest = queued.Where(s => s.WaitingSince is not null).Select(s => (now - s.WaitingSince!.Value).TotalSeconds).DefaultIfEmpty(0).Max();
                return new
                {
                    team = team.ToWire(),
                    agents = agents.Where(a => a.Team == team).Select(a => new
                    {
                        agentId = a.Id,
                        name = a.Name,
                        status = a.Status.ToWire(),
                        load = load.GetValueOrDefault(a.Id),
                        cap = read.CapOf(a),
                    }).ToList(),
                    queued = queued.Count,
                    longestWaitSeconds = (int)Math.Max(0, Math.Round(longest)),
                };
            }).ToList();

            var offers = handedOff.Where(c => c.Holder == ConversationHolder.Offered).OrderBy(c => c.OfferDeadline)
                .Select(c => summaries[c.Id]).Select(s => new
                {
                    conversation = s,
                    secondsLeft = s.OfferDeadline is { } deadline ? (int)Math.Max(0, Math.Round((deadline - now).TotalSeconds)) : (int?)null,
                }).ToList();
            var perChannel = open.GroupBy(c => c.Channel).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
            return Results.Ok(new { teams, offersTimingOut = offers, perChannel, at = now });
        }).RequireAuthorization(IdentityPolicies.Supervisor);
        return console;
    }
}
