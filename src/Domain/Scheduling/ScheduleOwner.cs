using ContactCentre.Domain.Agents;

namespace ContactCentre.Domain.Scheduling;

/// <summary>A schedule is owned by one agent or by a team's queue (R7's follow-ups belong to the sales queue).</summary>
public sealed record ScheduleOwner(string? AgentId, Team? Team)
{
    public static ScheduleOwner OfAgent(string agentId) => new(agentId, null);

    public static ScheduleOwner OfTeam(Team team) => new(null, team);

    public bool IsAgent => AgentId is not null;

    public override string ToString() => AgentId ?? Team!.Value.ToWire();
}
