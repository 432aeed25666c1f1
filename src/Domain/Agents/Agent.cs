namespace ContactCentre.Domain.Agents;

/// <summary>A person who attends customers, in one team.</summary>
public sealed class Agent
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required Team Team { get; set; }
    public AgentStatus Status { get; set; } = AgentStatus.Offline;

    /// <summary>Cap on simultaneous conversations that routing respects.</summary>
    public int MaxConcurrentConversations { get; set; } = 3;

    public string? Email { get; set; }

    /// <summary>Deactivated agents keep their history but receive nothing.</summary>
    public bool Active { get; set; } = true;

    public bool CanReceiveOffers => Active && Status == AgentStatus.Available;
}
