using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.AgentConsole;

/// <summary>
/// Builds what the console shows from the store: summaries for the queue, the detail with every routing
/// decision (rule ids and explanation) and handoff transition, and the transcript bot part included.
/// </summary>
public sealed class ConsoleReadModel(RoutingSettings routing)
{
    public async Task<List<ConvSummary>> SummariesAsync(ContactCentreDbContext db, IReadOnlyCollection<Conversation> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversations);
        if (conversations.Count == 0)
        {
            return [];
        }

        var ids = conversations.Select(c => c.Id).ToList();
        var customerIds = conversations.Where(c => c.CustomerId != null).Select(c => c.CustomerId!).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var decisions = (await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.ConversationId)).ToListAsync(cancellationToken))
            .GroupBy(d => d.ConversationId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.At)!);
        var lastMoves = (await db.HandoffTransitions.AsNoTracking().Where(t => ids.Contains(t.ConversationId)).Select(t => new { t.ConversationId, t.At }).ToListAsync(cancellationToken))
            .GroupBy(t => t.ConversationId).ToDictionary(g => g.Key, g => g.Max(t => t.At));
        var lastSequences = await db.Transcript.AsNoTracking()
            .Where(t => ids.Contains(t.ConversationId) && (t.Kind == TranscriptKind.Inbound || t.Kind == TranscriptKind.Outbound) && t.Text != null)
            .GroupBy(t => t.ConversationId).Select(g => new { ConversationId = g.Key, Sequence = g.Max(t => t.Sequence) })
            .ToListAsync(cancellationToken);
        var lastTexts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var last in lastSequences)
        {
            lastTexts[last.ConversationId] = await db.Transcript.AsNoTracking()
                .Where(t => t.ConversationId == last.ConversationId && t.Sequence == last.Sequence).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken);
        }

        return [.. conversations.Select(c =>
        {
            decisions.TryGetValue(c.Id, out var decision);
            return new ConvSummary(
                c.Id,
                c.Channel,
                c.CustomerId is { } cid && customers.TryGetValue(cid, out var name) ? name : null,
                c.CustomerId,
                HolderName(c.Holder),
                c.HolderAgentId,
                c.HolderTeam,
                c.HandoffReason ?? decision?.Reason,
                decision is null ? [] : SplitRules(decision.RuleIds),
                decision?.Explanation,
                c.Holder is ConversationHolder.Bot or ConversationHolder.Closed ? null : lastMoves.GetValueOrDefault(c.Id),
                c.OfferDeadline,
                lastTexts.GetValueOrDefault(c.Id));
        })];
    }

    public async Task<ConvDetail> DetailAsync(ContactCentreDbContext db, Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversation);
        var summary = (await SummariesAsync(db, [conversation], cancellationToken))[0];
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.ConversationId == conversation.Id).ToListAsync(cancellationToken);
        var transitions = await db.HandoffTransitions.AsNoTracking().Where(t => t.ConversationId == conversation.Id).ToListAsync(cancellationToken);
        return ConvDetail.From(
            summary,
            [.. decisions.OrderBy(d => d.At).Select(d => new DecisionView(d.At, d.Target, d.Reason, SplitRules(d.RuleIds), d.Explanation))],
            [.. transitions.OrderBy(t => t.At).Select(t => new TransitionView(t.At, t.From, t.To, t.Actor, t.Reason))],
            conversation.IsOpen);
    }

    public async Task<List<TranscriptLine>> TranscriptAsync(ContactCentreDbContext db, Conversation conversation, int after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversation);
        var entries = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversation.Id && t.Sequence > after)
            .OrderBy(t => t.Sequence)
            .ToListAsync(cancellationToken);
        var names = await db.Agents.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var customerName = conversation.CustomerId is null ? null
            : await db.Customers.AsNoTracking().Where(c => c.Id == conversation.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var statuses = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == conversation.Id)
            .Select(o => new { o.Id, o.Status }).ToDictionaryAsync(o => o.Id, o => o.Status, cancellationToken);
        return [.. entries.Select(e => TranscriptLines.From(e, SenderName(e.Sender, names, customerName ?? conversation.CustomerAddress), statuses))];
    }

    /// <summary>Open conversations an agent holds or is offered: what routing counts against the cap.</summary>
    public static Task<int> LoadAsync(ContactCentreDbContext db, string agentId, CancellationToken cancellationToken) =>
        db.Conversations.CountAsync(c => c.ClosedAt == null && c.HolderAgentId == agentId
            && (c.Holder == ConversationHolder.Agent || c.Holder == ConversationHolder.Offered), cancellationToken);

    /// <summary>The effective cap: the agent's own, never above the routing parameter.</summary>
    public int CapOf(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return Math.Min(agent.MaxConcurrentConversations, routing.Parameters.MaxConcurrentConversations);
    }

    public static string HolderName(ConversationHolder holder) => holder.ToString().ToLowerInvariant();

    private static string SenderName(string sender, Dictionary<string, string> agents, string customer) => sender switch
    {
        "customer" => customer,
        "bot" => "Bot",
        "system" => "Sistema",
        _ => agents.GetValueOrDefault(sender) ?? sender,
    };

    private static List<string> SplitRules(string ruleIds) =>
        [.. ruleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
