namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R2: tells the customer about open invoices, with how to pay, once per conversation.</summary>
public static class InvoiceAnnouncer
{
    public static void Announce(FlowTurn turn, IEnumerable<string> numbers, bool again = false)
    {
        var wanted = numbers.ToHashSet(StringComparer.Ordinal);
        var invoices = turn.Turn.Customer?.OpenInvoices
            .Where(i => wanted.Contains(i.Number) && (again || !turn.State.Announced.Contains(i.Number)))
            .ToList() ?? [];
        if (invoices.Count == 0)
        {
            return;
        }

        var lines = invoices.Select(i => turn.Fill("invoiceLine", new Dictionary<string, string>
        {
            ["number"] = i.Number,
            ["amount"] = turn.Money(i.Amount),
            ["due"] = turn.Date(i.Due),
            ["line"] = i.PaymentLine ?? "-",
            ["pix"] = i.PixCode ?? "-",
            ["link"] = i.SecondCopyUrl ?? "-",
        }));
        turn.Turn.Reply($"{turn.Fill("invoices")}\n{string.Join("\n", lines)}");
        foreach (var invoice in invoices.Where(i => !turn.State.Announced.Contains(i.Number)))
        {
            turn.State.Announced.Add(invoice.Number);
        }

        turn.Turn.Emit("invoices-announced", new { numbers = invoices.Select(i => i.Number).ToArray() });
    }
}
