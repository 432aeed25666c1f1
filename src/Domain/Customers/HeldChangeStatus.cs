namespace ContactCentre.Domain.Customers;

public enum HeldChangeStatus
{
    AwaitingHolder,
    Confirmed,
    Rejected,
}
