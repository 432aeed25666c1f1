using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing.Rules;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R15: a third party's change to sensitive data (variables <c>field</c>, <c>value</c>) is held until the holder confirms.</summary>
public sealed class HoldChangeAction : IFlowAction
{
    public string Name => "hold-change";
    public IReadOnlyList<string> Outcomes { get; } = ["held", "unknown-customer"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        if (turn.Turn.Customer is null)
        {
            return Task.FromResult("unknown-customer");
        }

        var field = SensitiveFields.From(turn.State.Variables.GetValueOrDefault("field")) ?? SensitiveField.Holder;
        var change = R15ThirdParties.Hold(Guid.NewGuid(), turn.Turn.Customer.Customer.Id, field,
            turn.State.Variables.GetValueOrDefault("value") ?? turn.Message.Text, turn.Turn.Conversation.CustomerAddress, turn.Turn.Now);
        turn.Turn.Db.HeldChanges.Add(change);
        turn.Turn.Emit("held-change", change);
        return Task.FromResult("held");
    }
}
