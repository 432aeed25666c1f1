namespace ContactCentre.Domain.Customers;

/// <summary>The ways R3 can recognise a customer.</summary>
public enum ContactKind
{
    Phone,
    Email,
    Document,
}
