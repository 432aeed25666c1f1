namespace ContactCentre.Bot.Identity;

/// <summary>Authorization policy names of the contract; endpoints say <c>.RequireAuthorization(IdentityPolicies.Agent)</c>.</summary>
public static class IdentityPolicies
{
    /// <summary>Any signed-in user: agents, supervisors and managers all attend or watch the console.</summary>
    public const string Agent = "Agent";

    /// <summary>Supervisors and managers.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Managers only.</summary>
    public const string Manager = "Manager";

    /// <summary>The cookie scheme's name (also the cookie's name).</summary>
    public const string CookieScheme = "ContactCentre.Auth";
}
