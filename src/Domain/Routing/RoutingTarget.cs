using ContactCentre.Domain.Agents;

namespace ContactCentre.Domain.Routing;

/// <summary>Who attends: the bot, one agent, or a team's queue (optionally excluding one agent).</summary>
public sealed record RoutingTarget(TargetKind Kind, string? AgentId = null, Team? Team = null, string? ExcludedAgentId = null)
{
    public static RoutingTarget Bot { get; } = new(TargetKind.Bot);

    public static RoutingTarget ToAgent(string agentId) => new(TargetKind.Agent, AgentId: agentId);

    public static RoutingTarget ToTeam(Team team, string? excluding = null) => new(TargetKind.Team, Team: team, ExcludedAgentId: excluding);

    public override string ToString() => Kind switch
    {
        TargetKind.Bot => "bot",
        TargetKind.Agent => $"agent:{AgentId}",
        _ => ExcludedAgentId is null ? $"team:{Team!.Value.ToWire()}" : $"team:{Team!.Value.ToWire()}-{ExcludedAgentId}",
    };
}
