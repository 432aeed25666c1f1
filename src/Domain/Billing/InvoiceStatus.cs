namespace ContactCentre.Domain.Billing;

public enum InvoiceStatus
{
    Open,
    Paid,

    /// <summary>Debt forgiven under R13; kept, never deleted.</summary>
    Waived,
}
