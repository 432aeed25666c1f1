namespace ContactCentre.Domain.Billing;

/// <summary>A boleto: number, amount, due date and how to pay it (R2).</summary>
public sealed class Invoice
{
    public required string Number { get; init; }
    public required string CustomerId { get; init; }
    public required decimal Amount { get; set; }
    public required DateOnly Due { get; set; }
    public InvoiceStatus Status { get; set; } = InvoiceStatus.Open;

    /// <summary>The boleto's typeable line (linha digitável).</summary>
    public string? PaymentLine { get; set; }

    /// <summary>PIX copy-and-paste code.</summary>
    public string? PixCode { get; set; }

    /// <summary>Where a second copy (segunda via) can be downloaded.</summary>
    public string? SecondCopyUrl { get; set; }

    public DateTimeOffset? WaivedAt { get; private set; }
    public string? WaivedByRule { get; private set; }

    public bool IsOpen => Status == InvoiceStatus.Open;

    /// <summary>Marks the debt as forgiven, recording the rule and time; the invoice is never deleted (R13).</summary>
    public void Waive(string ruleId, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Invoice {Number} is {Status}, only open invoices can be waived.");
        }

        Status = InvoiceStatus.Waived;
        WaivedAt = now;
        WaivedByRule = ruleId;
    }
}
