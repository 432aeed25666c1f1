namespace ContactCentre.Bot.Handoff;

/// <summary>The customer's 1–5 rating after an agent closes the handoff, stored per agent.</summary>
public sealed class SatisfactionRating
{
    public required Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public string? AgentId { get; init; }
    public required int Score { get; init; }
    public required DateTimeOffset At { get; init; }
}
