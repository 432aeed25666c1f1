using System.ComponentModel.DataAnnotations;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>Settings under "Console".</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>An agent whose last console connection closed goes offline after this, so no offer goes to a ghost.</summary>
    [Range(1, 3600)]
    public int DisconnectGraceSeconds { get; set; } = 30;

    public TimeSpan DisconnectGrace => TimeSpan.FromSeconds(DisconnectGraceSeconds);
}
