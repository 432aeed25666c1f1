using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Sales;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>Who held the conversation after a turn, read back from the store.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Holder">Bot, offered, agent, queued or closed.</param>
/// <param name="AgentId">The offered or accepting agent.</param>
/// <param name="AgentTeam">That agent's team (wire name).</param>
/// <param name="QueueTeam">The team whose queue holds it (queued only).</param>
/// <param name="ExcludedAgentId">An agent the queue skips (R6: the owner who let the offer lapse).</param>
/// <param name="Ended">The conversation has ended (idle or closed).</param>
/// <param name="CustomerId">The identified customer, if any.</param>
public sealed record HolderSnapshot(
    string ConversationId,
    ConversationHolder Holder,
    string? AgentId,
    string? AgentTeam,
    string? QueueTeam,
    string? ExcludedAgentId,
    bool Ended,
    string? CustomerId)
{
    /// <summary>The bot attends (or would attend the next message).</summary>
    public bool WithBot => Ended || Holder is ConversationHolder.Bot or ConversationHolder.Closed;

    /// <summary>Whether an agent is offered it or holds it.</summary>
    public bool WithAgent => !Ended && Holder is ConversationHolder.Offered or ConversationHolder.Agent;

    /// <summary>Whether it waits in a team's queue.</summary>
    public bool InQueue => !Ended && Holder == ConversationHolder.Queued;

    /// <summary>Plain-language state, for failure messages and the JSON report.</summary>
    public string Describe()
    {
        if (Ended)
        {
            return "ended (the next message goes to the bot)";
        }

        var team = AgentTeam is null ? string.Empty : $" ({AgentTeam})";
        return Holder switch
        {
            ConversationHolder.Offered => $"offered to {AgentId}{team}",
            ConversationHolder.Agent => $"with agent {AgentId}{team}",
            ConversationHolder.Queued => $"queued for team {QueueTeam}" + (ExcludedAgentId is null ? string.Empty : $" excluding {ExcludedAgentId}"),
            _ => "with the bot",
        };
    }
}

/// <summary>Everything one turn did, gathered for its expectations and for <c>--json</c>.</summary>
public sealed class TurnObservation
{
    /// <summary>The turn as parsed.</summary>
    public required ScenarioTurn Turn { get; init; }

    /// <summary>The scenario clock after the turn.</summary>
    public DateTimeOffset Clock { get; set; }

    /// <summary>The bot's replies of the turn (the pipeline's replies, or the bot's messages the outbox sent).</summary>
    public List<Activity> Replies { get; } = [];

    /// <summary>What the recording channel adapters were asked to send during the turn.</summary>
    public List<DeliveredMessage> Delivered { get; } = [];

    /// <summary>The turn's events (decision, quote, schedule-created, sale, protocol, invoices-announced…).</summary>
    public List<TurnEvent> Events { get; } = [];

    /// <summary>Routing decisions made in the turn.</summary>
    public List<RoutingDecision> Decisions { get; } = [];

    /// <summary>Who holds the scenario's conversation after the turn; null before the first message.</summary>
    public HolderSnapshot? Conversation { get; set; }

    /// <summary>Schedules created in the turn (events and store).</summary>
    public List<Schedule> CreatedSchedules { get; } = [];

    /// <summary>Ids of schedules removed in the turn (events and store).</summary>
    public List<string> RemovedSchedules { get; } = [];

    /// <summary>Sales closed in the turn (events and store).</summary>
    public List<Sale> Sales { get; } = [];

    /// <summary>Complaint protocols issued in the turn (events and store).</summary>
    public List<string> Protocols { get; } = [];

    /// <summary>Reasons (wire names) of the identified customer's interactions after the turn.</summary>
    public List<string> InteractionReasons { get; } = [];

    /// <summary>The customer's follow-ups after the turn (the bot's outbound "cobrar retorno").</summary>
    public List<FollowUpSnapshot> FollowUps { get; } = [];

    /// <summary>Why the turn could not run (an agent action refused, an exception), or null.</summary>
    public string? Error { get; set; }

    /// <summary>Expectations that did not hold.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>The bot's replies joined, one per line.</summary>
    public string RepliesText => string.Join("\n", Replies.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>Every rule id of the turn's routing decisions.</summary>
    public IReadOnlyList<string> RuleIds => Decisions.SelectMany(d => d.RuleIds).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>A follow-up as the store holds it after a turn: status, channel, and whether its schedule ended and its contact was logged without answer.</summary>
public sealed record FollowUpSnapshot(string ScheduleId, string Status, string Channel, bool ScheduleEnded, bool LoggedWithoutAnswer);
