using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// Managers administer sign-ins: <c>GET /api/users</c>, <c>POST /api/users</c> (create) and
/// <c>PATCH /api/users/{id}</c> (name, role, agent link, active). Deactivating keeps the row and history.
/// </summary>
public static class UserAdminEndpoints
{
    public static IEndpointRouteBuilder MapUserAdmin(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(IdentityPolicies.Manager);
        users.MapGet("/", async (StoreFactory stores, CancellationToken cancellationToken) =>
        {
            await using var db = stores.Create();
            var all = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).ToListAsync(cancellationToken);
            return Results.Ok(all.Select(ToJson));
        });
        users.MapPost("/", async (UserCreateRequest? body, UserDirectory directory, CancellationToken cancellationToken) =>
        {
            if (body is null || string.IsNullOrWhiteSpace(body.Email) || body.Password is null || !UserRoles.TryParse(body.Role, out var role))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "email, password and role (agent|supervisor|manager) are required.");
            }

            try
            {
                var user = await directory.AddAsync(body.Email, body.Name, body.Password, role, body.AgentId, cancellationToken);
                return Results.Created($"/api/users/{user.Id}", ToJson(user));
            }
            catch (UserDirectoryException e)
            {
                var conflict = e.Message.Contains("already exists", StringComparison.Ordinal);
                return Results.Problem(statusCode: conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, title: e.Message);
            }
        });
        users.MapPatch("/{id:guid}", async (Guid id, UserUpdateRequest? body, StoreFactory stores, CancellationToken cancellationToken) =>
        {
            if (body is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A JSON body with name, role, agentId or active is required.");
            }

            await using var db = stores.Create();
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (user is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no user {id}.");
            }

            if (body.Role is not null)
            {
                if (!UserRoles.TryParse(body.Role, out var role))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "role must be agent, supervisor or manager.");
                }

                user.Role = role;
            }

            if (body.AgentId is not null)
            {
                if (body.AgentId.Length > 0 && !await db.Agents.AnyAsync(a => a.Id == body.AgentId, cancellationToken))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"There is no agent '{body.AgentId}'.");
                }

                user.AgentId = body.AgentId.Length > 0 ? body.AgentId : null;
            }

            if (!string.IsNullOrWhiteSpace(body.Name))
            {
                user.DisplayName = body.Name.Trim();
            }

            if (body.Active is { } active)
            {
                user.Active = active;
            }

            await db.SaveChangesAsync(cancellationToken);
            return Results.Ok(ToJson(user));
        });
        return app;
    }

    private static object ToJson(User u) => new
    {
        id = u.Id,
        email = u.Email,
        name = u.DisplayName,
        role = u.Role.ToWire(),
        agentId = u.AgentId,
        active = u.Active,
        createdAt = u.CreatedAt,
        lastSignInAt = u.LastSignInAt,
    };
}
