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
        var what = why switch { "declined" => "recusada", "offline" => "retirada: atendente ficou offline", _ => "expirou" };
        HandoffTransitions.Queue(db, conversation, team, lapsedAgentId, actor, $"R6: oferta a {lapsedAgentId} {what}", now);
    }

    /// <summary>A conversation whose agent went offline returns to that agent's team queue, so it is never left orphaned.</summary>
    public static void Return(ContactCentreDbContext db, Conversation conversation, string agentId, DateTimeOffset now)
    {
        var team = WireNames.TryParseTeam(conversation.HolderTeam, out var t) ? t : Team.Sales;
        HandoffTransitions.Queue(db, conversation, team, null, "system", $"devolvida à fila: {agentId} ficou offline", now);
    }
}
