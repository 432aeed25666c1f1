using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Campaigns;

/// <summary>What a segment reads of one customer, gathered from the store by the host.</summary>
public sealed record CustomerFacts(
    Customer Customer,
    DateOnly? OldestOpenInvoiceDue,
    IReadOnlySet<string> ProductsBought,
    IReadOnlySet<string> LiveScheduleTags);
