using ContactCentre.Bot.Flows;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R2 on request: lists every open invoice with its boleto line, PIX code and second-copy link.</summary>
public sealed class CheckInvoicesAction : IFlowAction
{
    public string Name => "check-invoices";
    public IReadOnlyList<string> Outcomes { get; } = ["listed", "none", "unknown-customer"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var customer = turn.Turn.Customer;
        if (customer is null)
        {
            return Task.FromResult("unknown-customer");
        }

        var open = customer.OpenInvoices.Select(i => i.Number).ToList();
        if (open.Count == 0)
        {
            return Task.FromResult("none");
        }

        InvoiceAnnouncer.Announce(turn, open, again: true);
        return Task.FromResult("listed");
    }
}
