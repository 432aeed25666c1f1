namespace ContactCentre.Bot.Identity;

/// <summary>The lower-case role names of the contract (claims, JSON, the command line, the Users table).</summary>
public static class UserRoles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";

    public static string ToWire(this UserRole role) => role switch
    {
        UserRole.Agent => Agent,
        UserRole.Supervisor => Supervisor,
        UserRole.Manager => Manager,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? text, out UserRole role)
    {
        role = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case Agent: role = UserRole.Agent; return true;
            case Supervisor: role = UserRole.Supervisor; return true;
            case Manager: role = UserRole.Manager; return true;
            default: return false;
        }
    }
}
