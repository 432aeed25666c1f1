namespace ContactCentre.Bot.Identity;

/// <summary>The claim names of the contract (docs/console-api.md); the cookie carries exactly these.</summary>
public static class IdentityClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string AgentId = "agent_id";
    public const string Team = "team";
    public const string Name = "name";
    public const string Email = "email";
}
