using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Identity;

public static class IdentityExtensions
{
    /// <summary>Users, password hashing, the session cookie, the Agent/Supervisor/Manager policies and antiforgery.</summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<UserSignIn>();
        services.AddSingleton<AuthCookieEvents>();

        services.AddAuthentication(IdentityPolicies.CookieScheme)
            .AddCookie(IdentityPolicies.CookieScheme, o =>
            {
                o.Cookie.Name = IdentityPolicies.CookieScheme;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.ReturnUrlParameter = "returnUrl";
                o.EventsType = typeof(AuthCookieEvents);
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityPolicies.CookieScheme)
            .Configure<IOptions<SignInOptions>>((o, signIn) => o.ExpireTimeSpan = TimeSpan.FromHours(signIn.Value.SessionHours));

        services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.Agent, p => p.RequireAuthenticatedUser().RequireClaim(IdentityClaims.Role, UserRoles.Agent, UserRoles.Supervisor, UserRoles.Manager))
            .AddPolicy(IdentityPolicies.Supervisor, p => p.RequireAuthenticatedUser().RequireClaim(IdentityClaims.Role, UserRoles.Supervisor, UserRoles.Manager))
            .AddPolicy(IdentityPolicies.Manager, p => p.RequireAuthenticatedUser().RequireClaim(IdentityClaims.Role, UserRoles.Manager));

        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryEnforcement.HeaderName;
            o.FormFieldName = AntiforgeryEnforcement.FormFieldName;
            o.Cookie.Name = "ContactCentre.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Authentication, authorization, then CSRF checks for the protected prefixes (after routing picked the endpoint).</summary>
    public static WebApplication UseSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryEnforcement>();
        app.UseAntiforgery(); // endpoints that bind [FromForm] get ASP.NET Core's own check as well
        return app;
    }
}
