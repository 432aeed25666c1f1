using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// Live load per agent, read from the store (not a counter kept in memory, so every node and a restart agree):
/// the open conversations an agent holds or is being offered. Routing compares it with the cap.
/// </summary>
public static class AgentLoads
{
    public static async Task<Dictionary<string, int>> ReadAsync(ContactCentreDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Conversations.AsNoTracking()
            .Where(c => c.ClosedAt == null && c.HolderAgentId != null
                && (c.Holder == ConversationHolder.Agent || c.Holder == ConversationHolder.Offered))
            .GroupBy(c => c.HolderAgentId!)
            .Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Agent, r => r.Count, StringComparer.Ordinal);
    }

    public static async Task<int> OfAsync(ContactCentreDbContext db, string agentId, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking().CountAsync(c => c.ClosedAt == null && c.HolderAgentId == agentId
            && (c.Holder == ConversationHolder.Agent || c.Holder == ConversationHolder.Offered), cancellationToken);
}
