using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// The cookie scheme's behaviour: APIs and hubs get 401/403 problem+json instead of a redirect, and a
/// session is re-checked against the store every minute, so a deactivated user (or a team change) takes
/// effect without waiting for the cookie to expire.
/// </summary>
internal sealed class AuthCookieEvents(UserSignIn signIn, TimeProvider clock) : CookieAuthenticationEvents
{
    internal const string CheckedAtKey = "cc.checked";
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(1);

    /// <summary>Properties of a fresh sign-in: just checked against the store.</summary>
    public static AuthenticationProperties NewSession(DateTimeOffset now) =>
        new(new Dictionary<string, string?> { [CheckedAtKey] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }) { IsPersistent = false };

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ApiProblems.IsApi(context.Request.Path))
        {
            return ApiProblems.Unauthorized().ExecuteAsync(context.HttpContext);
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        // A signed-in user without the role: 403 on APIs and pages alike (a redirect to /signin would loop).
        return ApiProblems.Forbidden("Your role does not allow this.").ExecuteAsync(context.HttpContext);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = clock.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedAtKey, out var text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var checkedAt)
            && now - checkedAt < RecheckEvery)
        {
            return;
        }

        var current = context.Principal is null ? null : SignedInUser.From(context.Principal);
        var fresh = current is null ? null : await signIn.FindActiveAsync(current.Id, context.HttpContext.RequestAborted);
        if (fresh is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityPolicies.CookieScheme);
            return;
        }

        context.ReplacePrincipal(fresh.ToPrincipal());
        context.Properties.Items[CheckedAtKey] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
