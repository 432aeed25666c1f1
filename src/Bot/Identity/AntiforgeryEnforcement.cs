using Microsoft.AspNetCore.Antiforgery;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// CSRF protection for everything a signed-in browser can change: any POST/PUT/PATCH/DELETE under the
/// protected prefixes that carries the session cookie must carry a valid antiforgery token (header
/// X-CSRF-TOKEN or form field __RequestVerificationToken), else 400 "antiforgery". Endpoints are covered
/// by living under a prefix; nothing to add per endpoint. API-key calls (Bearer cc_…) carry no cookie
/// a foreign page could ride on, so they are exempt.
/// </summary>
public sealed class AntiforgeryEnforcement(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string FormFieldName = "__RequestVerificationToken";

    /// <summary>The contract's protected prefixes (docs/console-api.md), plus user administration.</summary>
    public static readonly PathString[] ProtectedPrefixes = ["/api/console", "/api/studio", "/api/outbound", "/api/users", "/signout"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (MustValidate(context.Request))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                await ApiProblems.Antiforgery().ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static bool MustValidate(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && ProtectedPrefixes.Any(p => request.Path.StartsWithSegments(p))
        && request.Cookies.ContainsKey(IdentityPolicies.CookieScheme)
        && !request.Headers.Authorization.ToString().StartsWith("Bearer cc_", StringComparison.Ordinal);
}
