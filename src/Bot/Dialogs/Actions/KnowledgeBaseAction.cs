using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Flows;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R16: answers a usage question from the knowledge base when one of its examples is close enough.</summary>
public sealed class KnowledgeBaseAction : IFlowAction
{
    private const double MinimumScore = 0.45;

    public string Name => "knowledge-base";
    public IReadOnlyList<string> Outcomes { get; } = ["answered", "unanswered"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var entries = await turn.Turn.Db.Knowledge.AsNoTracking().Where(k => k.Active).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return "unanswered";
        }

        var classifier = new IntentClassifier(entries.SelectMany(e => e.Examples.Select(x => new IntentExample(e.Id.ToString("N"), x))));
        var match = classifier.Classify(turn.Message.Text, MinimumScore);
        var entry = match is null ? null : entries.First(e => e.Id.ToString("N") == match.Intent);
        if (entry is null)
        {
            return "unanswered";
        }

        turn.Say(entry.Answer);
        turn.State.Variables["kb-answered"] = "yes";
        return "answered";
    }
}
