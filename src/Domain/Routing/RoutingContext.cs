using ContactCentre.Domain.Agents;

namespace ContactCentre.Domain.Routing;

/// <summary>Everything the policy reads besides the request: who the contact matched (R3/R4), the agents, the parameters and now.</summary>
public sealed record RoutingContext(
    IReadOnlyList<CustomerRecord> Matches,
    IReadOnlyList<Agent> Agents,
    RoutingParameters Parameters,
    BusinessCalendar Calendar,
    DateTimeOffset Now,
    IReadOnlyDictionary<string, int>? Loads = null)
{
    /// <summary>The identified customer, when exactly one record matched.</summary>
    public CustomerRecord? Customer => Matches.Count == 1 ? Matches[0] : null;

    public DateOnly Today => Calendar.DateOf(Now);

    public Agent? Agent(string? id) => id is null ? null : Agents.FirstOrDefault(a => a.Id == id);

    /// <summary>Conversations the agent holds or is offered right now (read from the store by the caller).</summary>
    public int Load(string agentId) => Loads?.GetValueOrDefault(agentId) ?? 0;

    /// <summary>Below both caps: the agent's own and <c>maxConcurrentConversations</c>.</summary>
    public bool HasRoom(Agent agent) => Load(agent.Id) < Math.Min(Parameters.MaxConcurrentConversations, agent.MaxConcurrentConversations);
}
