namespace ContactCentre.Bot.Identity;

/// <summary>What a user may do: agents attend, supervisors also watch every team, managers also administer.</summary>
public enum UserRole
{
    Agent,
    Supervisor,
    Manager,
}
