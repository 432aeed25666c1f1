using System.Security.Claims;
using ContactCentre.Domain.Agents;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// A signed-in person as the console sees them: the user, their role and, when they attend customers,
/// their agent record and team. Built from the cookie's claims or from the store at sign-in.
/// </summary>
public sealed record SignedInUser(Guid Id, string Email, string Name, UserRole Role, string? AgentId, Team? Team)
{
    /// <summary>Supervisors and managers see every team's conversations.</summary>
    public bool SeesAllTeams => Role is UserRole.Supervisor or UserRole.Manager;

    /// <summary>The JSON of <c>GET /api/auth/me</c>.</summary>
    public object ToJson() => new { id = Id, email = Email, name = Name, role = Role.ToWire(), agentId = AgentId, team = Team?.ToWire() };

    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>
        {
            new(IdentityClaims.Subject, Id.ToString()),
            new(IdentityClaims.Email, Email),
            new(IdentityClaims.Name, Name),
            new(IdentityClaims.Role, Role.ToWire()),
        };
        if (AgentId is not null)
        {
            claims.Add(new Claim(IdentityClaims.AgentId, AgentId));
        }

        if (Team is { } team)
        {
            claims.Add(new Claim(IdentityClaims.Team, team.ToWire()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityPolicies.CookieScheme, IdentityClaims.Name, IdentityClaims.Role));
    }

    /// <summary>The signed-in user of a request, or null when signed out (or the cookie lacks our claims).</summary>
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(IdentityClaims.Subject), out var id)
            || !UserRoles.TryParse(principal.FindFirstValue(IdentityClaims.Role), out var role))
        {
            return null;
        }

        Team? team = WireNames.TryParseTeam(principal.FindFirstValue(IdentityClaims.Team), out var t) ? t : null;
        return new SignedInUser(
            id,
            principal.FindFirstValue(IdentityClaims.Email) ?? "",
            principal.FindFirstValue(IdentityClaims.Name) ?? "",
            role,
            principal.FindFirstValue(IdentityClaims.AgentId),
            team);
    }
}
