namespace ContactCentre.Domain.Customers;

/// <summary>Kebab-case names of <see cref="InteractionReason"/> as routing-rules.md and scenarios write them.</summary>
public static class InteractionReasons
{
    private static readonly Dictionary<InteractionReason, string> Names = new()
    {
        [InteractionReason.Sale] = "sale",
        [InteractionReason.PriceRequest] = "price-request",
        [InteractionReason.Support] = "support",
        [InteractionReason.Complaint] = "complaint",
        [InteractionReason.Billing] = "billing",
        [InteractionReason.Recontract] = "recontract",
        [InteractionReason.DuplicateRecord] = "duplicate-record",
        [InteractionReason.Other] = "other",
    };

    public static string ToWire(this InteractionReason reason) => Names[reason];

    public static bool TryParse(string? text, out InteractionReason reason)
    {
        foreach (var (key, name) in Names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                reason = key;
                return true;
            }
        }

        reason = default;
        return false;
    }
}
