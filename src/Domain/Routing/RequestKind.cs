namespace ContactCentre.Domain.Routing;

/// <summary>What the customer asked for, as the dialog understood it.</summary>
public enum RequestKind
{
    Buy,
    PriceRequest,

    /// <summary>Asked prices, then said they have not decided (R8).</summary>
    Undecided,

    SupportQuestion,
    TrainingRequest,
    Complaint,
    ReopenComplaint,
    Recontract,

    /// <summary>A change to sensitive record data (R15).</summary>
    SensitiveChange,

    /// <summary>Invoices, second copy, how to pay (R2).</summary>
    Billing,

    /// <summary>Asked for a person without saying why.</summary>
    Human,

    Other,
}
