using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Studio.Access;

/// <summary>
/// Who may call the studio API: a signed-in manager (the console's cookie, role <c>manager</c>) for everything, or an
/// API key for what its scopes allow. One policy scheme picks the handler: a <c>Bearer cc_…</c> header is an API key,
/// anything else goes to the sign-in cookie (when the host has one).
/// </summary>
public static class StudioAuthorization
{
    public const string SchemeName = "ContactCentre.Studio";

    /// <summary>The sign-in cookie's scheme (docs/console-api.md).</summary>
    public const string CookieScheme = "ContactCentre.Auth";

    public const string ManagerRole = "manager";

    public static IServiceCollection AddStudioAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SchemeName, "Manager or API key", o => o.ForwardDefaultSelector = Select);
        services.AddAuthorization(options =>
        {
            foreach (var scope in StudioScopes.All.Append(StudioScopes.ManagerOnly))
            {
                options.AddPolicy(StudioScopes.Policy(scope), policy => policy
                    .AddAuthenticationSchemes(SchemeName)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(c => IsManager(c.User) || (scope != StudioScopes.ManagerOnly && c.User.HasClaim(ApiKeyClaims.Scope, scope))));
            }
        });
        return services;
    }

    public static bool IsManager(ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyClaims.KeyId) is null
        && (user.IsInRole(ManagerRole) || user.HasClaim("role", ManagerRole) || user.HasClaim(ClaimTypes.Role, ManagerRole));

    /// <summary>Who is acting, as the audit log and flow history record it: the user's e-mail (or name), or <c>api-key:NAME</c>.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyClaims.KeyId) is not null
            ? user.Identity?.Name ?? "api-key"
            : user.FindFirstValue("email") ?? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? user.FindFirstValue("sub") ?? "manager";

    private static string Select(HttpContext context)
    {
        if (ApiKeySecrets.FromHeader(context.Request.Headers.Authorization.ToString()) is not null)
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }

        var schemes = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.SchemeMap;
        return schemes.ContainsKey(CookieScheme) ? CookieScheme : ApiKeyAuthenticationHandler.SchemeName;
    }
}
