namespace ContactCentre.Domain.Customers;

/// <summary>The customer record (ficha do cliente): identity, contacts, owner and status.</summary>
public sealed class Customer
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public CustomerStatus Status { get; set; } = CustomerStatus.Active;

    /// <summary>The responsible salesperson (R14), an agent id.</summary>
    public string? OwnerAgentId { get; set; }

    /// <summary>The contact came from a broadcast campaign (R13: the campaign's discount applies).</summary>
    public bool Campaign { get; set; }

    /// <summary>Discount in percent promised by that campaign (R13), when known.</summary>
    public decimal? CampaignDiscountPercent { get; set; }

    public List<ContactPoint> Contacts { get; init; } = [];
    public Inactivation? Inactivation { get; set; }

    /// <summary>The customer asked to receive no follow-ups or campaigns ("parar"); honoured for good.</summary>
    public bool OptedOut { get; set; }

    /// <summary>A record the bot created for a prospect (R3, R7), not loaded from billing.</summary>
    public bool Prospect { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public IEnumerable<string> Phones => Contacts.Where(c => c.Kind == ContactKind.Phone).Select(c => c.Value);
    public IEnumerable<string> Emails => Contacts.Where(c => c.Kind == ContactKind.Email).Select(c => c.Value);
    public string? Document => Contacts.FirstOrDefault(c => c.Kind == ContactKind.Document)?.Value;

    public bool Has(ContactPoint contact) => Contacts.Contains(contact);

    /// <summary>Adds a contact once; normalised values make the check exact.</summary>
    public bool AddContact(ContactPoint contact)
    {
        if (Has(contact))
        {
            return false;
        }

        Contacts.Add(contact);
        return true;
    }

    public void Inactivate(Inactivation inactivation)
    {
        Status = CustomerStatus.Inactive;
        Inactivation = inactivation;
    }

    public void Reactivate()
    {
        Status = CustomerStatus.Active;
    }
}
