using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Dialogs;

/// <summary>One turn of a flow: the runtime's turn, the running flow, the dialog's memory and what the message said.</summary>
public sealed class FlowTurn(TurnContext turn, CompiledFlow flow, DialogState state, TurnUnderstanding message, IReadOnlyList<Product> products)
{
    public TurnContext Turn { get; } = turn;
    public CompiledFlow Flow { get; } = flow;
    public FlowDocument Document => Flow.Document;
    public DialogState State { get; } = state;
    public TurnUnderstanding Message { get; } = message;
    public IReadOnlyList<Product> Products { get; } = products;

    /// <summary>The last routing decision of this turn, for conditions and the quote's follow-up.</summary>
    public RoutingDecision? Decision { get; set; }

    public void Say(string keyOrText, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<CardAction>? actions = null) =>
        Turn.Reply(Fill(keyOrText, values), actions);

    /// <summary>A reply text with the flow's placeholders and the dialog's variables filled in.</summary>
    public string Fill(string keyOrText, IReadOnlyDictionary<string, string>? values = null)
    {
        var all = new Dictionary<string, string>(State.Variables, StringComparer.Ordinal);
        foreach (var (k, v) in values ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }

        all.TryAdd("customer", Turn.Customer?.Customer.Name ?? "");
        return Document.Text(keyOrText, all);
    }

    public string Money(decimal amount) => Languages.LocalFormats.Money(amount, Document.Language);

    /// <summary>A date as the flow's language writes it (12/03/2026, Mar 12, 2026).</summary>
    public string Date(DateOnly date) => Languages.LocalFormats.Date(date, Document.Language);
}
