using ContactCentre.Domain.Agents;

namespace ContactCentre.Domain.Routing;

/// <summary>Everything the policy reads besides the request: who the contact matched (R3/R4), the agents, the parameters and now.</summary>
public sealed record RoutingContext(
    IReadOnlyList<CustomerRecord> Matches,
    IReadOnlyList<Agent> Agents,
    RoutingParameters Parameters,
    BusinessCalendar Calendar,
    DateTimeOffset Now)
{
    /// <summary>The identified customer, when exactly one record matched.</summary>
    public CustomerRecord? Customer => Matches.Count == 1 ? Matches[0] : null;

    public DateOnly Today => Calendar.DateOf(Now);

    public Agent? Agent(string? id) => id is null ? null : Agents.FirstOrDefault(a => a.Id == id);
}
