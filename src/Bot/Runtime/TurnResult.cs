using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.Runtime;

/// <summary>What became of one inbound activity.</summary>
public sealed record TurnResult(TurnOutcome Outcome, string? ConversationId, IReadOnlyList<Activity> Replies)
{
    public IReadOnlyList<TurnEvent> Events { get; init; } = [];
    public IReadOnlyList<Domain.Routing.RoutingDecision> Decisions { get; init; } = [];

    public static TurnResult Duplicate(string? conversationId) => new(TurnOutcome.Duplicate, conversationId, []);
}
