using System.Security.Claims;
using System.Text.Encodings.Web;
using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Studio.Access;

/// <summary>
/// <c>Authorization: Bearer cc_…</c>: looks the key's hash up; an unknown or revoked key is a failed sign-in (401).
/// The principal carries one <see cref="ApiKeyClaims.Scope"/> claim per scope; policies decide (403 without it).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StoreFactory stores) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ContactCentre.ApiKey";

    /// <summary>Last-used is written at most this often per key, so a busy integration does not write on every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeySecrets.FromHeader(Request.Headers.Authorization.ToString()) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKeySecrets.Hash(key);
        await using var db = stores.Create();
        var stored = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash, Context.RequestAborted);
        if (stored is null || !stored.IsActive)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = TimeProvider.GetUtcNow();
        if (stored.LastUsedAt is null || now - stored.LastUsedAt > LastUsedResolution)
        {
            stored.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ApiKeyClaims.KeyId, stored.Id.ToString()),
            new(ClaimTypes.Name, $"api-key:{stored.Name}"),
        };
        claims.AddRange(stored.Scopes.Select(s => new Claim(ApiKeyClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        StudioProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Sign in as a manager or send a valid API key (Authorization: Bearer cc_…).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        StudioProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "This API key does not have the scope this call needs.");
}

public static class ApiKeyClaims
{
    public const string KeyId = "api_key_id";
    public const string Scope = "scope";
}
