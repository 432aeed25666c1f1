using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary><c>GET /api/console/me</c> and <c>PUT /api/console/me/status</c>: the status routing reads (only available agents get offers).</summary>
public static class ConsoleMeEndpoints
{
    public static RouteGroupBuilder MapConsoleMe(this RouteGroupBuilder console)
    {
        console.MapGet("/me", async (HttpContext http, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
        {
            var user = ConsoleAccess.Current(http);
            await using var db = stores.Create();
            var agent = user.AgentId is null ? null : await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == user.AgentId, cancellationToken);
            if (agent is null)
            {
                return Results.Ok(new AgentView(null, user.Name, null, null, 0, 0, Identity.UserRoles.ToWire(user.Role)));
            }

            return Results.Ok(await ViewAsync(db, read, agent, user, cancellationToken));
        });

        console.MapPut("/me/status", async (HttpContext http, StatusRequest? body, StoreFactory stores, ConsoleReadModel read, ConsoleBroadcaster broadcaster, CancellationToken cancellationToken) =>
        {
            var user = ConsoleAccess.Current(http);
            if (body is null || !WireNames.TryParseStatus(body.Status, out var status))
            {
                return ConsoleProblems.BadRequest("status must be available, busy, absent, vacation or offline.");
            }

            if (user.AgentId is null)
            {
                return ConsoleProblems.NoAgentRecord();
            }

            await using var db = stores.Create();
            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == user.AgentId, cancellationToken);
            if (agent is null)
            {
                return ConsoleProblems.NoAgentRecord();
            }

            agent.Status = status;
            await db.SaveChangesAsync(cancellationToken);
            var view = await ViewAsync(db, read, agent, user, cancellationToken);
            await broadcaster.AgentChangedAsync(agent.Id, agent.Team, status, view.Load, cancellationToken);
            return Results.Ok(view);
        });
        return console;
    }

    private static async Task<AgentView> ViewAsync(ContactCentreDbContext db, ConsoleReadModel read, Agent agent, Identity.SignedInUser user, CancellationToken cancellationToken) =>
        new(agent.Id, agent.Name, agent.Team.ToWire(), agent.Status.ToWire(), await ConsoleReadModel.LoadAsync(db, agent.Id, cancellationToken), read.CapOf(agent), Identity.UserRoles.ToWire(user.Role));
}
