using ContactCentre.Bot.Flows;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>"parar": the customer receives no more follow-ups or campaigns, for good.</summary>
public sealed class OptOutAction : IFlowAction
{
    public string Name => "opt-out";
    public IReadOnlyList<string> Outcomes { get; } = ["done", "unknown-customer"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        if (turn.Turn.Customer is null)
        {
            turn.State.Variables["opted-out"] = "yes";
            return Task.FromResult("unknown-customer");
        }

        turn.Turn.Customer.Customer.OptedOut = true;
        turn.Turn.Emit("opt-out", new { customer = turn.Turn.Customer.Customer.Id });
        return Task.FromResult("done");
    }
}
