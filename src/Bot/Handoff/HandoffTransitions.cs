using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// The conversation lifecycle, bot → offered(agent) → agent → bot, or → a team queue. Every move is
/// written with who and when, in the same transaction as whatever caused it.
/// </summary>
public static class HandoffTransitions
{
    /// <summary>Moves the conversation to the decision's target (nothing for the bot).</summary>
    public static void Apply(ContactCentreDbContext db, Conversation conversation, RoutingDecision decision, DateTimeOffset now)
    {
        switch (decision.Target.Kind)
        {
            case TargetKind.Agent:
                Offer(db, conversation, decision.Target.AgentId!, now, now + (decision.OfferTimeout ?? TimeSpan.FromSeconds(120)),
                    decision.Fallback?.Team, decision.Fallback?.ExcludedAgentId, "bot", $"{decision.Reason} ({string.Join(",", decision.RuleIds)})");
                break;
            case TargetKind.Team:
                Queue(db, conversation, decision.Target.Team!.Value, decision.Target.ExcludedAgentId, "bot",
                    $"{decision.Reason} ({string.Join(",", decision.RuleIds)})", now);
                break;
        }

        if (decision.IsHandoff)
        {
            conversation.HandoffReason = decision.Reason;
        }
    }

    public static void Offer(ContactCentreDbContext db, Conversation conversation, string agentId, DateTimeOffset now, DateTimeOffset deadline,
        Team? fallbackTeam, string? excluded, string actor, string reason)
    {
        Move(db, conversation, ConversationHolder.Offered, agentId, null, actor, reason, now);
        conversation.OfferDeadline = deadline;
        conversation.FallbackTeam = (fallbackTeam ?? Team.Sales).ToWire();
        conversation.ExcludedAgentId = excluded;
    }

    public static void Queue(ContactCentreDbContext db, Conversation conversation, Team team, string? excluded, string actor, string reason, DateTimeOffset now)
    {
        Move(db, conversation, ConversationHolder.Queued, null, team.ToWire(), actor, reason, now);
        conversation.ExcludedAgentId = excluded;
    }

    public static void Move(ContactCentreDbContext db, Conversation conversation, ConversationHolder to, string? agentId, string? team,
        string actor, string reason, DateTimeOffset now)
    {
        var from = Describe(conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam);
        conversation.Holder = to;
        conversation.HolderAgentId = agentId;
        conversation.HolderTeam = team ?? conversation.HolderTeam;
        conversation.OfferDeadline = null;
        if (to == ConversationHolder.Bot)
        {
            conversation.HolderTeam = null;
            conversation.ExcludedAgentId = null;
            conversation.FallbackTeam = null;
        }

        var toText = Describe(to, agentId, conversation.HolderTeam);
        db.HandoffTransitions.Add(new HandoffTransition
        {
            Id = Guid.NewGuid(),
            ConversationId = conversation.Id,
            At = now,
            From = from,
            To = toText,
            Actor = actor,
            Reason = reason,
        });
        ConversationWriter.Event(db, conversation, "handoff." + to.ToString().ToLowerInvariant(), $"{from} → {toText}: {reason}", actor, now);
    }

    public static string Describe(ConversationHolder holder, string? agentId, string? team) => holder switch
    {
        ConversationHolder.Offered => $"offered:{agentId}",
        ConversationHolder.Agent => $"agent:{agentId}",
        ConversationHolder.Queued => $"queue:{team}",
        _ => holder.ToString().ToLowerInvariant(),
    };
}
