using System.Security.Claims;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// Who acts from the console, from the sign-in's claims (<c>sub</c>, <c>role</c>, <c>agent_id</c>, <c>team</c>): what the
/// audit trails record as "by", and whether R5's manager validation applies.
/// </summary>
public sealed record PanelActor(string UserId, string? AgentId, string Role, string? Team)
{
    public string By => AgentId ?? UserId;

    public bool IsManager => Role == "manager";

    public bool IsSupervisor => Role is "supervisor" or "manager";

    public static PanelActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string? Claim(string type) => user.FindFirst(type)?.Value is { Length: > 0 } v ? v : null;
        return new PanelActor(
            Claim("sub") ?? Claim(ClaimTypes.NameIdentifier) ?? "unknown",
            Claim("agent_id"),
            Claim("role") ?? Claim(ClaimTypes.Role) ?? "agent",
            Claim("team"));
    }
}
