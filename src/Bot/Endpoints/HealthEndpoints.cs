using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Endpoints;

public static class HealthEndpoints
{
    /// <summary>GET /health: 200 {"status":"ok"} when the store answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (StoreFactory stores, CancellationToken cancellationToken) =>
        {
            await using var db = stores.Create();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Ok(new { status = "ok" })
                : Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
