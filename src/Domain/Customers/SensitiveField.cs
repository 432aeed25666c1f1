namespace ContactCentre.Domain.Customers;

/// <summary>Record data a third party may not change without the holder's confirmation (R15).</summary>
public enum SensitiveField
{
    Holder,
    Document,
    BillingEmail,
    Administrator,
}
