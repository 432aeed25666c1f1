namespace ContactCentre.Bot.Dialogs;

/// <summary>A domain action a flow's <c>action</c> node runs; the returned outcome picks the next node.</summary>
public interface IFlowAction
{
    /// <summary>The name flows use (quote-price, check-invoices, hand-off…).</summary>
    string Name { get; }

    /// <summary>The outcomes this action can return, for validation and the studio.</summary>
    IReadOnlyList<string> Outcomes { get; }

    Task<string> RunAsync(FlowTurn turn, Flows.FlowNode node, CancellationToken cancellationToken);
}
