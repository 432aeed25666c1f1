using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R16: reopens an unresolved protocol the customer names (in the message or the <c>protocol</c> variable).</summary>
public sealed class ReopenComplaintAction : IFlowAction
{
    public string Name => "reopen-complaint";
    public IReadOnlyList<string> Outcomes { get; } = ["reopened", "not-found"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var protocol = ProtocolNumber.FindIn(turn.Message.Text) ?? ProtocolNumber.FindIn(turn.State.Variables.GetValueOrDefault("protocol") ?? "");
        var complaint = protocol is null ? null : await turn.Turn.Db.Complaints.FirstOrDefaultAsync(c => c.Protocol == protocol, cancellationToken);
        if (complaint is null)
        {
            return "not-found";
        }

        complaint.Reopen(turn.Turn.Now);
        turn.State.Variables["protocol"] = complaint.Protocol;
        turn.Turn.Emit("protocol", new { protocol = complaint.Protocol, reopened = true });
        return "reopened";
    }
}
