namespace ContactCentre.Domain.Agents;

/// <summary>The lower-case names teams and statuses have in files, settings and APIs.</summary>
public static class WireNames
{
    public static string ToWire(this Team team) => team switch
    {
        Team.Sales => "sales",
        Team.Support => "support",
        Team.Central => "central",
        _ => throw new ArgumentOutOfRangeException(nameof(team)),
    };

    public static string ToWire(this AgentStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseTeam(string? text, out Team team) =>
        Enum.TryParse(text, ignoreCase: true, out team) && Enum.IsDefined(team) && !int.TryParse(text, out _);

    public static bool TryParseStatus(string? text, out AgentStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);
}
