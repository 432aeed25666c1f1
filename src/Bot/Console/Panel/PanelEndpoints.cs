using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// The side panel's part of <c>/api/console</c> (policy Agent; CSRF on every change, as for the whole console):
/// the customer record, schedules, sale, quote, transfer, notes, canned replies, tasks and starting a conversation.
/// </summary>
public static class PanelEndpoints
{
    public static WebApplication MapConsolePanel(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var console = app.MapGroup("/api/console").RequireAuthorization(IdentityPolicies.Agent).DisableAntiforgery();
        MapConversation(console.MapGroup("/conversations/{id}"));
        MapSchedules(console);
        MapCannedReplies(console);

        console.MapGet("/tasks", async (HttpContext http, AgentTasks tasks, CancellationToken cancellationToken) =>
            User(http).AgentId is { } me ? Results.Ok(await tasks.ForAgentAsync(me, cancellationToken)) : PanelProblems.NoAgentRecord());

        console.MapPost("/conversations", async (StartConversationRequest? body, HttpContext http, StoreFactory stores, ConversationStarter starter, CancellationToken cancellationToken) =>
        {
            var user = User(http);
            if (user.AgentId is not { } me)
            {
                return PanelProblems.NoAgentRecord();
            }

            if (body?.CustomerId is not { Length: > 0 } customerId)
            {
                return PanelProblems.Problem(400, "Informe customerId e channel.", "customerId");
            }

            await using (var db = stores.Create())
            {
                if (await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken) && !await PanelAccess.CanSeeCustomerAsync(db, user, customerId, cancellationToken))
                {
                    return PanelProblems.Hidden($"O cliente {customerId}");
                }
            }

            var started = await starter.StartAsync(body, me, cancellationToken);
            return started.Ok ? Results.Created($"/api/console/conversations/{started.Value!.Id}", started.Value) : PanelProblems.From(started);
        });
        return app;
    }

    private static void MapConversation(RouteGroupBuilder one)
    {
        one.MapGet("/customer", async (string id, HttpContext http, StoreFactory stores, CustomerPanel panel, CancellationToken cancellationToken) =>
        {
            var (customerId, error) = await VisibleCustomerAsync(stores, User(http), id, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            return await panel.ReadAsync(customerId!, cancellationToken) is { } view ? Results.Ok(view) : PanelProblems.Problem(404, $"Cliente {customerId} não existe.");
        });

        one.MapPost("/sale", (string id, SaleRequest? body, HttpContext http, StoreFactory stores, PanelActions actions, CancellationToken cancellationToken) =>
            ActAsync(stores, http, id, me => actions.SellAsync(id, me, body?.ProductCode, body?.Quantity ?? 0, cancellationToken), cancellationToken));

        one.MapPost("/quote", (string id, QuoteRequest? body, HttpContext http, StoreFactory stores, PanelActions actions, CancellationToken cancellationToken) =>
            ActAsync(stores, http, id, me => actions.QuoteAsync(id, me, body?.Items, cancellationToken), cancellationToken));

        one.MapPost("/transfer", (string id, TransferRequest? body, HttpContext http, StoreFactory stores, PanelActions actions, RoutingSettings routing, CancellationToken cancellationToken) =>
            ActAsync(stores, http, id, me => actions.TransferAsync(id, me, body?.AgentId, body?.Team, body?.Reason,
                routing.Parameters.OfferTimeout, routing.Parameters.MaxConcurrentConversations, cancellationToken), cancellationToken));

        one.MapPost("/notes", (string id, NoteRequest? body, HttpContext http, StoreFactory stores, PanelActions actions, CancellationToken cancellationToken) =>
            ActAsync(stores, http, id, me => actions.NoteAsync(id, me, body?.Text, cancellationToken), cancellationToken));
    }

    private static void MapSchedules(RouteGroupBuilder console)
    {
        console.MapPost("/customers/{cid}/schedules", async (string cid, ScheduleRequest? body, HttpContext http, StoreFactory stores, ScheduleBook book, CancellationToken cancellationToken) =>
        {
            var user = User(http);
            await using (var db = stores.Create())
            {
                if (!await db.Customers.AnyAsync(c => c.Id == cid, cancellationToken))
                {
                    return PanelProblems.Problem(404, $"Cliente {cid} não existe.");
                }

                if (!await PanelAccess.CanSeeCustomerAsync(db, user, cid, cancellationToken))
                {
                    return PanelProblems.Hidden($"O cliente {cid}");
                }
            }

            var created = await book.CreateAsync(cid, body ?? new ScheduleRequest(null), PanelActor.From(user), cancellationToken);
            return created.Ok ? Results.Created($"/api/console/schedules/{created.Value!.Id}", created.Value) : PanelProblems.From(created);
        });

        console.MapPost("/schedules/{sid}/renew", async (string sid, RenewRequest? body, HttpContext http, StoreFactory stores, ScheduleBook book, CancellationToken cancellationToken) =>
            await ScheduleAccessAsync(stores, book, User(http), sid, cancellationToken)
                ?? PanelProblems.From(await book.RenewAsync(sid, body?.Due, PanelActor.From(User(http)), cancellationToken)));

        console.MapDelete("/schedules/{sid}", async (string sid, string? reason, HttpContext http, StoreFactory stores, ScheduleBook book, CancellationToken cancellationToken) =>
            await ScheduleAccessAsync(stores, book, User(http), sid, cancellationToken)
                ?? PanelProblems.From(await book.RemoveAsync(sid, reason, PanelActor.From(User(http)), cancellationToken)));
    }

    private static void MapCannedReplies(RouteGroupBuilder console)
    {
        console.MapGet("/canned-replies", async (HttpContext http, CannedReplies replies, CancellationToken cancellationToken) =>
        {
            var user = User(http);
            return Results.Ok(await replies.ListAsync(user.SeesAllTeams ? null : user.Team?.ToWire(), cancellationToken));
        });

        // Managers keep the list (the studio calls the same service).
        console.MapPost("/canned-replies", async (CannedReplyInput? body, HttpContext http, CannedReplies replies, CancellationToken cancellationToken) =>
        {
            var saved = await replies.SaveAsync(null, body ?? new CannedReplyInput(null, null), PanelActor.From(User(http)).By, cancellationToken);
            return saved.Ok ? Results.Created($"/api/console/canned-replies/{saved.Value!.Id}", saved.Value) : PanelProblems.From(saved);
        }).RequireAuthorization(IdentityPolicies.Manager);

        console.MapPut("/canned-replies/{rid:guid}", async (Guid rid, CannedReplyInput? body, HttpContext http, CannedReplies replies, CancellationToken cancellationToken) =>
            PanelProblems.From(await replies.SaveAsync(rid, body ?? new CannedReplyInput(null, null), PanelActor.From(User(http)).By, cancellationToken)))
            .RequireAuthorization(IdentityPolicies.Manager);

        console.MapDelete("/canned-replies/{rid:guid}", async (Guid rid, CannedReplies replies, CancellationToken cancellationToken) =>
            await replies.DeleteAsync(rid, cancellationToken) ? Results.NoContent() : PanelProblems.Problem(404, $"Resposta pronta {rid} não existe."))
            .RequireAuthorization(IdentityPolicies.Manager);
    }

    /// <summary>An action on a conversation the user can see, by the user's agent record.</summary>
    private static async Task<IResult> ActAsync<T>(StoreFactory stores, HttpContext http, string id, Func<string, Task<PanelResult<T>>> act, CancellationToken cancellationToken)
    {
        var user = User(http);
        if (user.AgentId is not { } me)
        {
            return PanelProblems.NoAgentRecord();
        }

        await using (var db = stores.Create())
        {
            var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (conversation is null)
            {
                return PanelProblems.Problem(404, $"Conversa {id} não existe.");
            }

            if (!ConsoleAccess.CanSee(user, conversation))
            {
                return PanelProblems.Hidden($"A conversa {id}");
            }
        }

        return PanelProblems.From(await act(me));
    }

    private static async Task<(string? CustomerId, IResult? Error)> VisibleCustomerAsync(StoreFactory stores, SignedInUser user, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return (null, PanelProblems.Problem(404, $"Conversa {conversationId} não existe."));
        }

        if (!ConsoleAccess.CanSee(user, conversation))
        {
            return (null, PanelProblems.Hidden($"A conversa {conversationId}"));
        }

        return conversation.CustomerId is { } customerId
            ? (customerId, null)
            : (null, PanelProblems.Problem(404, "O cliente desta conversa ainda não foi identificado.", "customer"));
    }

    private static async Task<IResult?> ScheduleAccessAsync(StoreFactory stores, ScheduleBook book, SignedInUser user, string scheduleId, CancellationToken cancellationToken)
    {
        var customerId = await book.CustomerOfAsync(scheduleId, cancellationToken);
        if (customerId is null)
        {
            return PanelProblems.Problem(404, $"Agendamento {scheduleId} não existe.");
        }

        await using var db = stores.Create();
        return await PanelAccess.CanSeeCustomerAsync(db, user, customerId, cancellationToken) ? null : PanelProblems.Hidden($"O cliente {customerId}");
    }

    private static SignedInUser User(HttpContext http) =>
        SignedInUser.From(http.User) ?? throw new InvalidOperationException("The console endpoints require the Agent policy.");
}
