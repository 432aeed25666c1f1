using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ContactCentre.Bot.Identity;

/// <summary>Sign-in page and form, the JSON sign-in API, sign-out, "who am I" and the antiforgery token.</summary>
public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, string? email) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            var page = SignInPage.Render(ReturnUrls.Sanitize(returnUrl), tokens.RequestToken!, SignInPage.MessageFor(error), email);
            return Results.Content(page, "text/html; charset=utf-8");
        });

        app.MapPost("/signin", SignInFormAsync).DisableAntiforgery(); // validated inside, to answer with the page rather than a bare 400
        app.MapPost("/api/auth/signin", SignInApiAsync).DisableAntiforgery();
        app.MapPost("/signout", (Delegate)SignOutAsync).DisableAntiforgery(); // AntiforgeryEnforcement covers /signout
        app.MapGet("/api/auth/me", (HttpContext http) => SignedInUser.From(http.User) is { } user ? Results.Ok(user.ToJson()) : ApiProblems.Unauthorized())
            .RequireAuthorization(IdentityPolicies.Agent);
        app.MapGet("/api/auth/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new { token = tokens.RequestToken, headerName = AntiforgeryEnforcement.HeaderName });
        });
        app.MapUserAdmin();
        return app;
    }

    private static async Task<IResult> SignInFormAsync(HttpContext http, IAntiforgery antiforgery, UserSignIn signIn, TimeProvider clock)
    {
        if (!http.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "POST /signin takes a form (application/x-www-form-urlencoded).");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = ReturnUrls.Sanitize(form["returnUrl"]);
        var email = form["email"].ToString();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Redirect(SignInUrl(returnUrl, "form", email));
        }

        var outcome = await signIn.CheckAsync(email, form["password"], http.RequestAborted);
        if (outcome.User is not { } user)
        {
            return Results.Redirect(SignInUrl(returnUrl, outcome.LockedOut ? "locked" : "1", email));
        }

        await http.SignInAsync(IdentityPolicies.CookieScheme, user.ToPrincipal(), AuthCookieEvents.NewSession(clock.GetUtcNow()));
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignInApiAsync(HttpContext http, SignInRequest? body, UserSignIn signIn, TimeProvider clock)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "email and password are required.");
        }

        var outcome = await signIn.CheckAsync(body.Email, body.Password, http.RequestAborted);
        if (outcome.RetryAfter is { } retryAfter)
        {
            return ApiProblems.LockedOut(http, retryAfter);
        }

        if (outcome.User is not { } user)
        {
            return ApiProblems.Unauthorized("E-mail or password is wrong.");
        }

        var principal = user.ToPrincipal();
        await http.SignInAsync(IdentityPolicies.CookieScheme, principal, AuthCookieEvents.NewSession(clock.GetUtcNow()));
        return Results.Ok(new { user = user.ToJson() });
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityPolicies.CookieScheme);

        // A script (fetch with the CSRF header) gets 204; the page's form post goes back to the sign-in page.
        return http.Request.Headers.ContainsKey(AntiforgeryEnforcement.HeaderName)
            ? Results.NoContent()
            : Results.Redirect("/signin");
    }

    private static string SignInUrl(string returnUrl, string error, string email) =>
        $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}&error={error}&email={Uri.EscapeDataString(email)}";
}
