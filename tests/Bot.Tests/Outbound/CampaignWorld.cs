using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Sales;

namespace ContactCentre.Bot.Tests.Outbound;

/// <summary>
/// Customers added beside the demo world for campaign tests: everyone here bought <see cref="Product"/> (the
/// segment), which no demo customer did, so the audience is exactly who the test says.
/// </summary>
internal static class CampaignWorld
{
    public const string Product = "pesquisa";

    /// <summary>The settings that open the send window all day, every day (the tests run at any hour).</summary>
    public static readonly string[] AlwaysOpen =
    [
        "--Outbound:SendFrom=00:00", "--Outbound:SendUntil=00:00", "--Outbound:BusinessDaysOnly=false",
        "--Outbound:Campaigns:PollSeconds=0.2", "--Outbound:CostPerMessage:whatsapp=0.35",
    ];

    public static string Phone(int i) => $"+5511977{i:000000}";

    public static string Email(string run, int i) => $"cliente{i:00}-{run}@customer.test";

    /// <summary>Adds a customer who bought the segment's product; returns its id.</summary>
    public static async Task<string> AddAsync(StoreFactory stores, string id, string? phone, string? email, bool optedOut = false, bool buyer = true)
    {
        await using var db = stores.Create();
        var customer = new Customer { Id = id, Name = $"Escritório {id}", OptedOut = optedOut, CreatedAt = DateTimeOffset.UtcNow };
        if (phone is not null)
        {
            customer.AddContact(ContactPoint.Phone(PhoneNumber.From(phone)));
        }

        if (email is not null)
        {
            customer.AddContact(ContactPoint.Email(EmailAddress.From(email)));
        }

        db.Customers.Add(customer);
        if (buyer)
        {
            db.Sales.Add(new Sale
            {
                Id = Guid.NewGuid(), CustomerId = id, ProductCode = Product, Quantity = 1, Amount = 15m, ClosedBy = "ana",
                CommissionBeneficiary = "ana", CommissionRule = "R14", At = DateTimeOffset.UtcNow.AddDays(-90),
            });
        }

        await db.SaveChangesAsync();
        return id;
    }
}
