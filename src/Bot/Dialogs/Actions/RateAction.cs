using System.Globalization;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>Stores the 1–5 satisfaction answer (variable <c>with.from</c>, default <c>rating</c>) for the agent who last attended.</summary>
public sealed class RateAction : IFlowAction
{
    public string Name => "rate";
    public IReadOnlyList<string> Outcomes { get; } = ["rated", "invalid"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var text = turn.State.Variables.GetValueOrDefault(node.With?.GetValueOrDefault("from") ?? "rating");
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score) || score < 1 || score > 5 || score != decimal.Truncate(score))
        {
            return "invalid";
        }

        var conversationId = turn.Turn.Conversation.Id;
        var lastAgent = await turn.Turn.Db.HandoffTransitions.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.To.StartsWith("agent:"))
            .OrderByDescending(t => t.At)
            .Select(t => t.To)
            .FirstOrDefaultAsync(cancellationToken);
        turn.Turn.Db.SatisfactionRatings.Add(new SatisfactionRating
        {
            Id = Guid.NewGuid(),
            ConversationId = conversationId,
            AgentId = lastAgent?["agent:".Length..],
            Score = (int)score,
            At = turn.Turn.Now,
        });
        return "rated";
    }
}
