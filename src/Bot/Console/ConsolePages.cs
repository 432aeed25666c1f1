using ContactCentre.Bot.Identity;

// Not "ContactCentre.Bot.Console": that namespace would hide System.Console from every ContactCentre.Bot.* file.
namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// GET /agent (the agent console) and GET /agent/supervisor (the supervisor view): static shells from
/// wwwroot/agent/ behind the sign-in. Signed out, the cookie scheme redirects a page to /signin; a signed-in
/// agent without the supervisor role gets 403. The shells hold no data: everything comes from /api/console
/// and /hubs/console, which check the same policies.
/// </summary>
public static class ConsolePages
{
    public const string AgentPath = "/agent";
    public const string SupervisorPath = "/agent/supervisor";

    public static IEndpointRouteBuilder MapConsolePages(this IEndpointRouteBuilder app)
    {
        app.MapGet(AgentPath, Page("agent/index.html")).RequireAuthorization(IdentityPolicies.Agent);
        app.MapGet(SupervisorPath, Page("agent/supervisor.html")).RequireAuthorization(IdentityPolicies.Supervisor);
        return app;
    }

    private static Func<HttpContext, IWebHostEnvironment, IResult> Page(string file) => (http, environment) =>
    {
        var page = environment.WebRootFileProvider.GetFileInfo(file);
        if (!page.Exists)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{file} is not in wwwroot: build the project (it copies wwwroot to the output).");
        }

        // Always revalidated: a new deployment's page must not pair with an old cached shell.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        return Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    };
}
