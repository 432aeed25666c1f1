using System.Security.Claims;
using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Audit;

namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>Rule parameter overrides: name → value (null removes the override, back to appsettings).</summary>
public sealed record RuleParametersRequest(Dictionary<string, string?>? Values);

/// <summary>Calendar: time zone (IANA) and holidays (yyyy-MM-dd); the reset flags go back to appsettings.</summary>
public sealed record CalendarRequest(string? TimeZone, IReadOnlyList<string>? Holidays, bool ResetTimeZone = false, bool ResetHolidays = false);

/// <summary><c>/api/studio/catalogue</c> and <c>/api/studio/rules</c>: price list, knowledge base, rule parameters, calendar; each change versioned in the audit log.</summary>
public static class CatalogueEndpoints
{
    public static RouteGroupBuilder MapStudioCatalogue(this RouteGroupBuilder studio)
    {
        var catalogue = studio.MapGroup("/catalogue").WithTags("Studio: catalogue").RequireAuthorization(StudioScopes.Policy(StudioScopes.Catalogue));
        catalogue.MapGet("/products", (StudioPriceList list, CancellationToken ct) => list.ListAsync(ct)).WithSummary("The price list.");
        catalogue.MapPut("/products/{code}", async (string code, ProductInput body, ClaimsPrincipal user, StudioPriceList list, CancellationToken ct) =>
        {
            var (product, created, problem) = await list.UpsertAsync(code, body, StudioAuthorization.Actor(user), ct);
            return product is null ? StudioProblems.BadRequest(problem!) : created ? Results.Created($"/api/studio/catalogue/products/{code}", product) : Results.Ok(product);
        }).WithSummary("Creates or changes a product (name, unit, price, synonyms).");
        catalogue.MapDelete("/products/{code}", async (string code, ClaimsPrincipal user, StudioPriceList list, CancellationToken ct) =>
            await list.DeactivateAsync(code, StudioAuthorization.Actor(user), ct) ? Results.NoContent() : StudioProblems.NotFound($"No product '{code}'."))
            .WithSummary("Takes a product off the price list (kept for history).");
        catalogue.MapGet("/products/{code}/history", (string code, AuditLog audit, CancellationToken ct) => audit.ListAsync("product", code, null, null, 1000, ct))
            .WithSummary("Every version of the product: who, when, old → new.");

        catalogue.MapGet("/knowledge", (KnowledgeBase kb, CancellationToken ct) => kb.ListAsync(ct)).WithSummary("The knowledge base (R16).");
        catalogue.MapPost("/knowledge", async (KnowledgeInput body, ClaimsPrincipal user, KnowledgeBase kb, CancellationToken ct) =>
        {
            var (entry, problem) = await kb.SaveAsync(null, body, StudioAuthorization.Actor(user), ct);
            return entry is null ? StudioProblems.BadRequest(problem!) : Results.Created($"/api/studio/catalogue/knowledge/{entry.Id}", entry);
        }).WithSummary("Adds an answer: example questions → answer.");
        catalogue.MapPut("/knowledge/{id:guid}", async (Guid id, KnowledgeInput body, ClaimsPrincipal user, KnowledgeBase kb, CancellationToken ct) =>
        {
            var (entry, problem) = await kb.SaveAsync(id, body, StudioAuthorization.Actor(user), ct);
            return entry is not null ? Results.Ok(entry) : problem is null ? StudioProblems.NotFound($"No knowledge entry {id}.") : StudioProblems.BadRequest(problem);
        }).WithSummary("Changes an answer.");
        catalogue.MapDelete("/knowledge/{id:guid}", async (Guid id, ClaimsPrincipal user, KnowledgeBase kb, CancellationToken ct) =>
            await kb.DeactivateAsync(id, StudioAuthorization.Actor(user), ct) ? Results.NoContent() : StudioProblems.NotFound($"No knowledge entry {id}."))
            .WithSummary("Stops using an answer (kept for history).");
        catalogue.MapGet("/knowledge/{id:guid}/history", (Guid id, AuditLog audit, CancellationToken ct) => audit.ListAsync("knowledge", id.ToString(), null, null, 1000, ct))
            .WithSummary("Every version of the answer.");

        var rules = studio.MapGroup("/rules").WithTags("Studio: rules").RequireAuthorization(StudioScopes.Policy(StudioScopes.Catalogue));
        rules.MapGet("/", (StudioRouting routing, CancellationToken ct) => routing.ViewAsync(ct))
            .WithSummary("routing-rules.md's parameters and calendar: definition, appsettings value, override, value in force.");
        rules.MapPut("/parameters", async (RuleParametersRequest body, ClaimsPrincipal user, StudioRouting routing, CancellationToken ct) =>
        {
            if (body.Values is not { Count: > 0 } values)
            {
                return StudioProblems.BadRequest("'values' must name at least one parameter.");
            }

            var problem = await routing.SetParametersAsync(values, StudioAuthorization.Actor(user), ct);
            return problem is null ? Results.Ok(await routing.ViewAsync(ct)) : StudioProblems.BadRequest(problem);
        }).WithSummary("Overrides rule parameters; in force at once, without a restart (same validation as appsettings).");
        rules.MapPut("/calendar", async (CalendarRequest body, ClaimsPrincipal user, StudioRouting routing, CancellationToken ct) =>
        {
            var problem = await routing.SetCalendarAsync(body.TimeZone, body.Holidays, body.ResetTimeZone, body.ResetHolidays, StudioAuthorization.Actor(user), ct);
            return problem is null ? Results.Ok(await routing.ViewAsync(ct)) : StudioProblems.BadRequest(problem);
        }).WithSummary("Sets the time zone and holidays the business-day rules (R5, R7) count with.");
        rules.MapGet("/history", (AuditLog audit, CancellationToken ct) => audit.ListAsync("routing", null, null, null, 1000, ct))
            .WithSummary("Every change of the parameters and calendar.");
        return studio;
    }
}
