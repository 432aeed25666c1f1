using ContactCentre.Bot.Identity;
using ContactCentre.Domain.Agents;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// Who acts from the console: what the audit trails record as "by" (the agent id, else the user id) and whether
/// R5's manager validation applies.
/// </summary>
public sealed record PanelActor(string UserId, string? AgentId, string Role, string? Team)
{
    public string By => AgentId ?? UserId;

    public bool IsManager => Role == "manager";

    public bool IsSupervisor => Role is "supervisor" or "manager";

    public static PanelActor From(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new PanelActor(user.Id.ToString("N"), user.AgentId, user.Role.ToWire(), user.Team?.ToWire());
    }
}
