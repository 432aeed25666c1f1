using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R16: registers the complaint with a protocol number at once (date + daily sequence) and tells the customer.</summary>
public sealed class RegisterComplaintAction : IFlowAction
{
    public string Name => "register-complaint";
    public IReadOnlyList<string> Outcomes { get; } = ["registered"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var today = turn.Turn.Calendar.DateOf(turn.Turn.Now);
        var prefix = ProtocolNumber.Create(today, 1)[..9];
        var issuedToday = await turn.Turn.Db.Complaints.CountAsync(c => c.Protocol.StartsWith(prefix), cancellationToken)
            + turn.Turn.Db.ChangeTracker.Entries<Complaint>().Count(e => e.State == EntityState.Added);
        var protocol = ProtocolNumber.Create(today, issuedToday + 1);
        var text = turn.State.Variables.GetValueOrDefault(node.With?.GetValueOrDefault("text") ?? "") ?? turn.Message.Text;
        turn.Turn.Db.Complaints.Add(new Complaint
        {
            Protocol = protocol,
            CustomerId = turn.Turn.Customer?.Customer.Id,
            ConversationId = turn.Turn.Conversation.Id,
            Text = text,
            OpenedAt = turn.Turn.Now,
        });
        turn.State.Variables["protocol"] = protocol;
        turn.Turn.Emit("protocol", new { protocol });
        return "registered";
    }
}
