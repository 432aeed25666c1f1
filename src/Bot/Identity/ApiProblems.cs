using Microsoft.AspNetCore.Mvc;

namespace ContactCentre.Bot.Identity;

/// <summary>The problem+json answers sign-in and the console share (401, 403, 429, antiforgery's 400).</summary>
public static class ApiProblems
{
    public const string AntiforgeryTitle = "antiforgery";

    /// <summary>Paths answered as an API (problem+json, never a redirect to the sign-in page).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs");

    public static IResult Unauthorized(string detail = "Sign in first (POST /api/auth/signin).") =>
        TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Not signed in", Detail = detail });

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = detail });

    public static IResult Antiforgery() =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = AntiforgeryTitle,
            Detail = "Missing or invalid X-CSRF-TOKEN header (get one from GET /api/auth/antiforgery).",
        });

    public static IResult LockedOut(HttpContext http, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many failed sign-ins",
            Detail = $"Too many failed sign-ins for this e-mail; try again in {seconds} seconds.",
        });
    }
}
