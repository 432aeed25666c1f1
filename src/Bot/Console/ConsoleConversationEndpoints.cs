using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// One conversation in the console: detail (decisions, transitions), transcript, and the agent's actions
/// accept / decline / messages / close through <see cref="AgentActions"/> (409 when another agent won).
/// </summary>
public static class ConsoleConversationEndpoints
{
    public static RouteGroupBuilder MapConsoleConversations(this RouteGroupBuilder console)
    {
        var one = console.MapGroup("/conversations/{id}");
        one.MapGet("/", async (string id, HttpContext http, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
        {
            await using var db = stores.Create();
            var (conversation, error) = await ConsoleAccess.FindVisibleAsync(db, ConsoleAccess.Current(http), id, cancellationToken);
            return error ?? Results.Ok(await read.DetailAsync(db, conversation!, cancellationToken));
        });

        one.MapGet("/transcript", async (string id, int? after, HttpContext http, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
        {
            if (after is < 0)
            {
                return ConsoleProblems.BadRequest("after must be a transcript sequence (0 or more).");
            }

            await using var db = stores.Create();
            var (conversation, error) = await ConsoleAccess.FindVisibleAsync(db, ConsoleAccess.Current(http), id, cancellationToken);
            return error ?? Results.Ok(await read.TranscriptAsync(db, conversation!, after ?? 0, cancellationToken));
        });

        one.MapPost("/accept", (string id, HttpContext http, AgentActions actions, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
            ActAsync(id, http, stores, read, (agentId, ct) => actions.AcceptAsync(id, agentId, ct), cancellationToken));
        one.MapPost("/decline", (string id, HttpContext http, AgentActions actions, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
            ActAsync(id, http, stores, read, (agentId, ct) => actions.DeclineAsync(id, agentId, ct), cancellationToken));
        one.MapPost("/close", (string id, HttpContext http, AgentActions actions, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
            ActAsync(id, http, stores, read, (agentId, ct) => actions.CloseAsync(id, agentId, ct), cancellationToken));
        one.MapPost("/messages", async (string id, MessageRequest? body, HttpContext http, AgentActions actions, StoreFactory stores, ConsoleReadModel read, CancellationToken cancellationToken) =>
        {
            if (body is null || (string.IsNullOrWhiteSpace(body.Text) && string.IsNullOrWhiteSpace(body.TemplatePurpose)))
            {
                return ConsoleProblems.BadRequest("text (or templatePurpose) is required.");
            }

            if (body.Text is { Length: > 4096 })
            {
                return ConsoleProblems.BadRequest("text is longer than 4096 characters.");
            }

            return await ActAsync(id, http, stores, read, (agentId, ct) => actions.SayAsync(id, agentId, body.Text?.Trim(), body.TemplatePurpose?.Trim(), ct), cancellationToken);
        });
        return console;
    }

    /// <summary>
    /// Runs an action as the signed-in agent. Visibility is checked first (403 for another team's conversation);
    /// a conversation that moved meanwhile (another agent accepted) is AgentActions' 409.
    /// </summary>
    private static async Task<IResult> ActAsync(string id, HttpContext http, StoreFactory stores, ConsoleReadModel read,
        Func<string, CancellationToken, Task<AgentActionResult>> action, CancellationToken cancellationToken)
    {
        var user = ConsoleAccess.Current(http);
        if (user.AgentId is not { } agentId)
        {
            return ConsoleProblems.NoAgentRecord();
        }

        await using (var db = stores.Create())
        {
            var (_, error) = await ConsoleAccess.FindVisibleAsync(db, user, id, cancellationToken);
            if (error is not null)
            {
                // Someone else won between the console's view and this click: that is a conflict, not a permission error.
                var exists = await db.Conversations.AnyAsync(c => c.Id == id, cancellationToken);
                var movedAway = exists && await db.HandoffTransitions.AnyAsync(t => t.ConversationId == id && (t.To == "offered:" + agentId || t.To == "queue:" + (user.Team == null ? "" : Domain.Agents.WireNames.ToWire(user.Team.Value))), cancellationToken);
                return movedAway ? ConsoleProblems.Problem(StatusCodes.Status409Conflict, "Conflict", $"Conversation {id} was taken or moved meanwhile.") : error;
            }
        }

        var result = await action(agentId, cancellationToken);
        if (!result.Ok)
        {
            return ConsoleProblems.From(result);
        }

        await using var after = stores.Create();
        var conversation = await after.Conversations.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        return Results.Ok(await read.DetailAsync(after, conversation, cancellationToken));
    }
}
