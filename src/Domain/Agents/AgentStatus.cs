namespace ContactCentre.Domain.Agents;

/// <summary>What an agent is doing now; only <see cref="Available"/> agents receive offers (R6, R14).</summary>
public enum AgentStatus
{
    Available,
    Busy,
    Absent,
    Vacation,
    Offline,
}
