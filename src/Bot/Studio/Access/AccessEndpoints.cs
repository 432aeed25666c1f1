using System.Security.Claims;
using ContactCentre.Bot.Studio.Audit;

namespace ContactCentre.Bot.Studio.Access;

/// <summary>Creating a key: a name saying who uses it, and its scopes.</summary>
public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes);

/// <summary><c>/api/studio/api-keys</c> (signed-in managers only: no key can make keys) and <c>/api/studio/audit</c>.</summary>
public static class AccessEndpoints
{
    public static RouteGroupBuilder MapStudioAccess(this RouteGroupBuilder studio)
    {
        var keys = studio.MapGroup("/api-keys").WithTags("Studio: API keys").RequireAuthorization(StudioScopes.Policy(StudioScopes.ManagerOnly));
        keys.MapGet("/", (ApiKeys apiKeys, CancellationToken ct) => apiKeys.ListAsync(ct)).WithSummary("Every key (never the secret).");
        keys.MapPost("/", async (CreateApiKeyRequest body, ClaimsPrincipal user, ApiKeys apiKeys, CancellationToken ct) =>
        {
            var (key, problem) = await apiKeys.CreateAsync(body.Name, body.Scopes, StudioAuthorization.Actor(user), ct);
            return key is null ? StudioProblems.BadRequest(problem!) : Results.Created($"/api/studio/api-keys/{key.Id}", key);
        }).WithSummary("Creates a key; the answer holds the key itself, shown only this once.");
        keys.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ApiKeys apiKeys, CancellationToken ct) =>
            await apiKeys.RevokeAsync(id, StudioAuthorization.Actor(user), ct) ? Results.NoContent() : StudioProblems.NotFound($"No API key {id}."))
            .WithSummary("Revokes a key at once.");

        studio.MapGet("/audit", (string? area, string? subject, DateTimeOffset? from, DateTimeOffset? to, int? limit, AuditLog audit, CancellationToken ct) =>
                audit.ListAsync(area, subject, from, to, limit ?? 200, ct))
            .WithTags("Studio: audit").RequireAuthorization(StudioScopes.Policy(StudioScopes.ManagerOnly))
            .WithSummary("Who changed what and when, old → new, newest first.");
        return studio;
    }
}
