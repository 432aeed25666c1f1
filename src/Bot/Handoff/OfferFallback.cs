using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;

namespace ContactCentre.Bot.Handoff;

/// <summary>R6: an offer that lapses or is declined goes to the fallback team's queue, skipping the agent who let it go.</summary>
public static class OfferFallback
{
    public static void Apply(ContactCentreDbContext db, Conversation conversation, string lapsedAgentId, string why, DateTimeOffset now)
    {
        var team = WireNames.TryParseTeam(conversation.FallbackTeam, out var t) ? t : Team.Sales;
        var actor = why == "declined" ? lapsedAgentId : "system";
        HandoffTransitions.Queue(db, conversation, team, lapsedAgentId, actor, $"R6: oferta a {lapsedAgentId} {(why == "declined" ? "recusada" : "expirou")}", now);
    }
}
