using System.Globalization;
using System.Security.Claims;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Access;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>
/// <c>/api/studio/flows</c>: list, draft (ETag = revision; a stale save is 409), validate, test chat, scenario runs,
/// publish (invalid → 422 naming the node), history, diff and rollback. Published versions reach running
/// conversations through the flow catalog without a restart.
/// </summary>
public static class FlowEndpoints
{
    public static RouteGroupBuilder MapStudioFlows(this RouteGroupBuilder studio)
    {
        var flows = studio.MapGroup("/flows").WithTags("Studio: flows").RequireAuthorization(StudioScopes.Policy(StudioScopes.Flows));

        flows.MapGet("/", ListAsync).WithSummary("Every flow: the active version and the draft's revision.");
        flows.MapGet("/{name}", GetDraftAsync).WithSummary("The flow's draft (or the active version to start one), with its problems; ETag = revision.");
        flows.MapGet("/{name}/draft", GetDraftAsync).WithSummary("Same as GET /{name}.");
        flows.MapPut("/{name}/draft", SaveDraftAsync).WithSummary("Saves the draft if nobody saved it since the revision sent (body or If-Match); else 409 with the current draft.");
        flows.MapGet("/{name}/published", PublishedAsync).WithSummary("The version running now (0 = shipped with the product).");
        flows.MapPost("/{name}/validate", ValidateAsync).WithSummary("Validates a document (or the draft); each error names its node.");
        flows.MapPost("/{name}/publish", PublishAsync).WithSummary("Publishes the draft as the next version; refused (422) with errors naming nodes when invalid.");
        flows.MapGet("/{name}/versions", HistoryAsync).WithSummary("Every published version, newest first: author, time, message.");
        flows.MapGet("/{name}/versions/{version:int}", VersionAsync).WithSummary("One version's document.");
        flows.MapGet("/{name}/diff", DiffAsync).WithSummary("Unified line diff between two versions (from, to: a number, 'draft' or 'published').");
        flows.MapPost("/{name}/rollback", RollbackAsync).WithSummary("Publishes a copy of an old version as the newest.");
        flows.MapPost("/{name}/test-chat", StartTestChatAsync).WithSummary("Opens a test chat against the draft, isolated from production data.");
        flows.MapPost("/{name}/test-chat/{session:guid}/turns", TestChatTurnAsync).WithSummary("Sends one customer message in the test chat; returns the bot's replies and routing decisions.");
        flows.MapDelete("/{name}/test-chat/{session:guid}", CloseTestChatAsync).WithSummary("Closes the test chat and deletes its store.");
        flows.MapGet("/{name}/scenarios", (string name, FlowScenarioSuite suite, CancellationToken ct) => suite.ListAsync(name, ct)).WithSummary("The scenario files kept with the flow.");
        flows.MapPut("/{name}/scenarios/{file}", SaveScenarioAsync).WithSummary("Adds or replaces a scenario file (checked by the scenario parser).");
        flows.MapDelete("/{name}/scenarios/{file}", DeleteScenarioAsync).WithSummary("Removes a scenario file.");
        flows.MapPost("/{name}/scenarios/run", RunScenariosAsync).WithSummary("Runs the scenarios (passed, or kept with the flow) against the draft; pass/fail per scenario.");
        return studio;
    }

    private static async Task<IResult> ListAsync(StoreFactory stores, FlowStore store, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var names = await db.FlowVersions.AsNoTracking().Select(v => v.FlowName).Distinct().ToListAsync(cancellationToken);
        var list = new List<FlowSummaryView>();
        // The shipped flows are listed before anyone publishes them: default and its languages (default.en, default.pt-PT).
        var shipped = Languages.Language.Offered.Select(l => Languages.Language.FlowName(DialogEngine.DefaultFlowName, l));
        foreach (var name in names.Concat(shipped).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var active = await store.ActiveAsync(name, cancellationToken);
            var draft = await store.GetDraftAsync(name, cancellationToken);
            list.Add(new FlowSummaryView(name, active?.Version ?? 0, active?.Author, active?.PublishedAt, draft.Revision, draft.Author, draft.SavedAt));
        }

        return Results.Ok(list);
    }

    private static async Task<IResult> GetDraftAsync(string name, FlowStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(name, cancellationToken);
        if (!draft.Exists && draft.BasedOnVersion is null)
        {
            return StudioProblems.NotFound($"Flow '{name}' does not exist.");
        }

        response.Headers.ETag = ETag(draft.Revision);
        return Results.Ok(FlowDraftView.From(draft, store.Check(name, draft.Content)));
    }

    private static async Task<IResult> SaveDraftAsync(string name, SaveDraftRequest body, HttpRequest request, HttpResponse response, ClaimsPrincipal user, FlowStore store, CancellationToken cancellationToken)
    {
        if (body.Content is null)
        {
            return StudioProblems.BadRequest("The body needs 'content': the flow document (YAML or JSON).");
        }

        var revision = body.Revision ?? FromIfMatch(request.Headers.IfMatch.ToString());
        if (revision is null)
        {
            return StudioProblems.Problem(StatusCodes.Status428PreconditionRequired,
                "Send the revision you edited ('revision' in the body or If-Match: \"REVISION\"; 0 when there is no draft yet), so a concurrent save is not overwritten.");
        }

        var result = await store.SaveDraftAsync(name, body.Content, StudioAuthorization.Actor(user), revision.Value, cancellationToken);
        switch (result.Status)
        {
            case FlowChangeStatus.Saved:
                response.Headers.ETag = ETag(result.Draft.Revision);
                return Results.Ok(FlowDraftView.From(result.Draft, result.Errors));
            case FlowChangeStatus.Conflict:
                response.Headers.ETag = ETag(result.Draft.Revision);
                return StudioProblems.Conflict(result.Reason ?? "The draft changed.", new Dictionary<string, object?> { ["current"] = FlowDraftView.From(result.Draft, []) });
            default:
                return StudioProblems.BadRequest(result.Reason ?? "The draft was not saved.", Errors(result.Errors));
        }
    }

    private static async Task<IResult> PublishedAsync(string name, FlowStore store, CancellationToken cancellationToken) =>
        await store.ActiveAsync(name, cancellationToken) is { } active
            ? Results.Ok(FlowVersionView.From(active, withContent: true))
            : StudioProblems.NotFound($"Flow '{name}' does not exist.");

    private static async Task<IResult> ValidateAsync(string name, ValidateFlowRequest? body, FlowStore store, CancellationToken cancellationToken)
    {
        var content = body?.Content ?? (await store.GetDraftAsync(name, cancellationToken)).Content;
        var errors = store.Check(name, content);
        return Results.Ok(new FlowValidationView(errors.Count == 0, FlowErrorView.From(errors)));
    }

    private static async Task<IResult> PublishAsync(string name, PublishFlowRequest? body, ClaimsPrincipal user, FlowStore store, CancellationToken cancellationToken) =>
        Published(await store.PublishAsync(name, StudioAuthorization.Actor(user), body?.Message, body?.Revision, cancellationToken));

    private static async Task<IResult> RollbackAsync(string name, RollbackFlowRequest body, ClaimsPrincipal user, FlowStore store, CancellationToken cancellationToken) =>
        Published(await store.RollbackAsync(name, body.Version, StudioAuthorization.Actor(user), body.Message, cancellationToken));

    private static IResult Published(FlowPublishResult result) => result.Status switch
    {
        FlowChangeStatus.Published => Results.Ok(FlowVersionView.From(result.Version!, withContent: false)),
        FlowChangeStatus.Invalid => StudioProblems.Problem(StatusCodes.Status422UnprocessableEntity, result.Reason ?? "The flow is not valid.", Errors(result.Errors)),
        FlowChangeStatus.Conflict => StudioProblems.Conflict(result.Reason ?? "The flow changed."),
        _ => StudioProblems.NotFound(result.Reason ?? "Not found."),
    };

    private static async Task<IResult> HistoryAsync(string name, FlowStore store, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(name, cancellationToken);
        var shipped = await store.GetVersionAsync(name, 0, cancellationToken);
        if (history.Count == 0 && shipped is null)
        {
            return StudioProblems.NotFound($"Flow '{name}' does not exist.");
        }

        return Results.Ok(history.Concat(shipped is null ? [] : [shipped]).Select(v => FlowVersionView.From(v, withContent: false)));
    }

    private static async Task<IResult> VersionAsync(string name, int version, FlowStore store, CancellationToken cancellationToken) =>
        await store.GetVersionAsync(name, version, cancellationToken) is { } found
            ? Results.Ok(FlowVersionView.From(found, withContent: true))
            : StudioProblems.NotFound($"Flow '{name}' has no version {version}.");

    private static async Task<IResult> DiffAsync(string name, string? from, string? to, FlowStore store, CancellationToken cancellationToken)
    {
        from ??= "published";
        to ??= "draft";
        var old = await ContentAsync(name, from, store, cancellationToken);
        var @new = await ContentAsync(name, to, store, cancellationToken);
        if (old is null || @new is null)
        {
            return StudioProblems.NotFound($"Flow '{name}' has no version '{(old is null ? from : to)}' (use a number, 'draft' or 'published').");
        }

        return Results.Ok(new FlowDiffView(name, from, to, LineDiff.Unified(old, @new, $"{name}@{from}", $"{name}@{to}")));
    }

    private static async Task<string?> ContentAsync(string name, string which, FlowStore store, CancellationToken cancellationToken) => which switch
    {
        "draft" => (await store.GetDraftAsync(name, cancellationToken)) is { } d && (d.Exists || d.BasedOnVersion is not null) ? d.Content : null,
        "published" => (await store.ActiveAsync(name, cancellationToken))?.Content,
        _ when int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var v) => (await store.GetVersionAsync(name, v, cancellationToken))?.Content,
        _ => null,
    };

    private static async Task<IResult> StartTestChatAsync(string name, StartTestChatRequest? body, FlowStore store, FlowSandboxes sandboxes, CancellationToken cancellationToken)
    {
        var content = body?.Content ?? (await store.GetDraftAsync(name, cancellationToken)).Content;
        try
        {
            var sandbox = await sandboxes.StartAsync(name, content, cancellationToken);
            return Results.Ok(new TestChatView(sandbox.Id, name));
        }
        catch (FormatException e)
        {
            return StudioProblems.Problem(StatusCodes.Status422UnprocessableEntity, $"The flow cannot be run: {e.Message}");
        }
    }

    private static async Task<IResult> TestChatTurnAsync(string name, Guid session, TestChatTurnRequest body, FlowSandboxes sandboxes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (sandboxes.Find(session) is not { } sandbox || sandbox.Flow != name)
        {
            return StudioProblems.NotFound($"Test chat {session} is not open (it closes after {FlowSandboxes.IdleLimit.TotalMinutes:0} idle minutes); start a new one.");
        }

        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > 4000)
        {
            return StudioProblems.BadRequest("'text' must hold the customer's message (up to 4000 characters).");
        }

        return Results.Ok(await sandbox.SayAsync(body.Text, clock, cancellationToken));
    }

    private static async Task<IResult> CloseTestChatAsync(string name, Guid session, FlowSandboxes sandboxes) =>
        await sandboxes.CloseAsync(session) ? Results.NoContent() : StudioProblems.NotFound($"Test chat {session} is not open.");

    private static async Task<IResult> SaveScenarioAsync(string name, string file, SaveScenarioRequest body, ClaimsPrincipal user, FlowScenarioSuite suite, CancellationToken cancellationToken)
    {
        var problem = await suite.SaveAsync(name, new FlowScenarioFile(file, body.Yaml ?? ""), StudioAuthorization.Actor(user), cancellationToken);
        return problem is null ? Results.NoContent() : StudioProblems.BadRequest(problem);
    }

    private static async Task<IResult> DeleteScenarioAsync(string name, string file, ClaimsPrincipal user, FlowScenarioSuite suite, CancellationToken cancellationToken) =>
        await suite.DeleteAsync(name, file, StudioAuthorization.Actor(user), cancellationToken) ? Results.NoContent() : StudioProblems.NotFound($"Flow '{name}' keeps no scenario file '{file}'.");

    private static async Task<IResult> RunScenariosAsync(string name, RunScenariosRequest? body, FlowStore store, FlowScenarioSuite suite, CancellationToken cancellationToken)
    {
        var content = body?.Content ?? (await store.GetDraftAsync(name, cancellationToken)).Content;
        var files = body?.Scenarios ?? await suite.ListAsync(name, cancellationToken);
        if (files.Count == 0)
        {
            return StudioProblems.BadRequest($"No scenarios to run: pass 'scenarios' or keep some with flow '{name}'.");
        }

        return Results.Ok(await FlowScenarioSuite.RunAsync(name, content, files, cancellationToken));
    }

    private static string ETag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    private static int? FromIfMatch(string header)
    {
        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return int.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null;
    }

    private static Dictionary<string, object?> Errors(IReadOnlyList<Bot.Flows.Validation.FlowValidationError> errors) =>
        new() { ["errors"] = FlowErrorView.From(errors) };
}
