namespace ContactCentre.Domain.Customers;

public enum CustomerStatus
{
    Active,
    Inactive,
}
