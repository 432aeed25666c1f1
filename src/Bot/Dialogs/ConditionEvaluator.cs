using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Dialogs;

/// <summary>
/// The conditions a flow may branch on: named facts of the turn (identified, prospect, has-open-invoices,
/// quoted, handoff, kb-answered), <c>var NAME</c>, <c>var NAME = VALUE</c>, <c>intent NAME</c>, each negatable with <c>not</c>.
/// </summary>
public static class ConditionEvaluator
{
    public static IReadOnlyList<string> Predicates { get; } = ["identified", "prospect", "duplicate", "has-open-invoices", "quoted", "handoff", "product-mentioned", "always"];

    public static bool Evaluate(string condition, FlowTurn turn)
    {
        var text = condition.Trim();
        if (text.StartsWith("not ", StringComparison.Ordinal))
        {
            return !Evaluate(text[4..], turn);
        }

        if (text.StartsWith("var ", StringComparison.Ordinal))
        {
            var parts = text[4..].Split('=', 2, StringSplitOptions.TrimEntries);
            return turn.State.Variables.TryGetValue(parts[0], out var value)
                && (parts.Length == 1 || string.Equals(value, parts[1].Trim('\'', '"'), StringComparison.OrdinalIgnoreCase));
        }

        if (text.StartsWith("intent ", StringComparison.Ordinal))
        {
            return string.Equals(turn.Message.IntentName, text[7..].Trim(), StringComparison.Ordinal);
        }

        return text switch
        {
            "identified" => turn.Turn.Customer is not null,
            "prospect" => turn.Turn.Matches.Count == 0,
            "duplicate" => turn.Turn.Matches.Count > 1,
            "has-open-invoices" => turn.Turn.Customer?.OpenInvoices.Any() == true,
            "quoted" => turn.State.QuotedProducts.Count > 0,
            "handoff" => turn.Decision?.Target.Kind is TargetKind.Agent or TargetKind.Team,
            "product-mentioned" => turn.Message.Products.Count > 0,
            "always" => true,
            _ => throw new InvalidOperationException($"Unknown condition '{condition}'."),
        };
    }

    public static bool IsKnown(string condition)
    {
        var text = condition.Trim();
        while (text.StartsWith("not ", StringComparison.Ordinal))
        {
            text = text[4..].Trim();
        }

        return text.StartsWith("var ", StringComparison.Ordinal) || text.StartsWith("intent ", StringComparison.Ordinal) || Predicates.Contains(text);
    }
}
