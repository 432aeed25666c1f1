namespace ContactCentre.Bot.Persistence;

/// <summary>A routing decision as stored and shown to the agent who receives the handoff.</summary>
public sealed class StoredDecision
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public string? CustomerId { get; init; }
    public required string Request { get; init; }
    public required string Target { get; init; }
    public required string Reason { get; init; }

    /// <summary>Comma-separated rule ids, e.g. "R6,R14".</summary>
    public required string RuleIds { get; init; }

    /// <summary>The facts the rules used, as a JSON object.</summary>
    public required string FactsJson { get; init; }

    public required string Explanation { get; init; }
    public required DateTimeOffset At { get; init; }
}
