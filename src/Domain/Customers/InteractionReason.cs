namespace ContactCentre.Domain.Customers;

/// <summary>Why the customer got in touch (R1): exactly the reasons routing-rules.md lists.</summary>
public enum InteractionReason
{
    Sale,
    PriceRequest,
    Support,
    Complaint,
    Billing,
    Recontract,
    DuplicateRecord,
    Other,
}
