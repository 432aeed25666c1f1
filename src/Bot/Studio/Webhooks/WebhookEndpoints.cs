using System.Security.Claims;
using System.Security.Cryptography;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Audit;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>A subscription: the receiver's URL, the events (none = all) and optionally the secret (else one is made).</summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret);

/// <summary><c>/api/studio/webhooks</c>: subscriptions (secret shown once) and their recent deliveries.</summary>
public static class WebhookEndpoints
{
    public static RouteGroupBuilder MapStudioWebhooks(this RouteGroupBuilder studio)
    {
        var hooks = studio.MapGroup("/webhooks").WithTags("Studio: webhooks").RequireAuthorization(StudioScopes.Policy(StudioScopes.Webhooks));
        hooks.MapGet("/", async (StoreFactory stores, CancellationToken ct) =>
        {
            await using var db = stores.Create();
            var all = await db.WebhookSubscriptions.AsNoTracking().ToListAsync(ct);
            return all.OrderBy(s => s.CreatedAt).Select(s => new { s.Id, s.Url, s.Events, s.Active, s.CreatedBy, s.CreatedAt });
        }).WithSummary("Every subscription (never the secret).");
        hooks.MapPost("/", CreateAsync).WithSummary("Subscribes a URL; the answer holds the signing secret, shown only this once.");
        hooks.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Stops a subscription (deliveries already queued are dropped).");
        hooks.MapGet("/{id:guid}/deliveries", async (Guid id, StoreFactory stores, CancellationToken ct) =>
        {
            await using var db = stores.Create();
            return await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id).OrderByDescending(d => d.Id).Take(200)
                .Select(d => new { d.Id, d.EventId, d.Event, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.DeliveredAt, d.LastStatusCode, d.LastError })
                .ToListAsync(ct);
        }).WithSummary("The latest deliveries with their status, attempts and last error.");
        return studio;
    }

    private static async Task<IResult> CreateAsync(CreateWebhookRequest body, ClaimsPrincipal user, StoreFactory stores, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || body.Url!.Length > 2000)
        {
            return StudioProblems.BadRequest("'url' must be an absolute http(s) URL.");
        }

        if (body.Events?.FirstOrDefault(e => !WebhookEvents.All.Contains(e)) is { } unknown)
        {
            return StudioProblems.BadRequest($"Unknown event '{unknown}' (known: {string.Join(", ", WebhookEvents.All)}).");
        }

        if (body.Secret is { } given && (given.Length < 16 || given.Length > 200))
        {
            return StudioProblems.BadRequest("'secret' must have 16 to 200 characters (or leave it out and one is made).");
        }

        var secret = body.Secret ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var actor = StudioAuthorization.Actor(user);
        var subscription = new WebhookSubscription { Url = url.ToString(), Secret = secret, Events = [.. body.Events ?? []], CreatedBy = actor, CreatedAt = clock.GetUtcNow() };
        await using var db = stores.Create();
        db.WebhookSubscriptions.Add(subscription);
        await audit.RecordAsync(db, "webhook", subscription.Id.ToString(), "created", actor, null, new { subscription.Url, subscription.Events }, ct);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/studio/webhooks/{subscription.Id}", new { subscription.Id, subscription.Url, subscription.Events, secret });
    }

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, StoreFactory stores, AuditLog audit, CancellationToken ct)
    {
        await using var db = stores.Create();
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return StudioProblems.NotFound($"No webhook subscription {id}.");
        }

        subscription.Active = false;
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryStatus.Pending).ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed), ct);
        await audit.RecordAsync(db, "webhook", id.ToString(), "deactivated", StudioAuthorization.Actor(user), new { subscription.Url, active = true }, new { subscription.Url, active = false }, ct);
        await db.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
