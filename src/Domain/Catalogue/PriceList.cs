namespace ContactCentre.Domain.Catalogue;

/// <summary>The products on sale, and quoting from them (R7; a question with no quantity is quoted for one unit).</summary>
public sealed class PriceList(IEnumerable<Product> products)
{
    private readonly Dictionary<string, Product> _byCode =
        products.Where(p => p.Active).ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<Product> Products => _byCode.Values;

    public Product? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Prices the requested items; throws for a product not on the list, naming it.</summary>
    public Quote Quote(
        IEnumerable<(string ProductCode, decimal Quantity)> items,
        DateTimeOffset now,
        Guid id,
        string? customerId = null,
        string? conversationId = null,
        decimal discountPercent = 0m)
    {
        var lines = new List<QuoteLine>();
        foreach (var (code, quantity) in items)
        {
            var product = Find(code) ?? throw new ArgumentException($"Product '{code}' is not on the price list.", nameof(items));
            if (quantity <= 0)
            {
                throw new ArgumentException($"Quantity for '{code}' must be positive, was {quantity}.", nameof(items));
            }

            lines.Add(new QuoteLine(product.Code, product.Name, product.UnitFor(quantity), quantity, product.UnitPrice));
        }

        if (lines.Count == 0)
        {
            throw new ArgumentException("A quote needs at least one item.", nameof(items));
        }

        return new Quote
        {
            Id = id,
            CustomerId = customerId,
            ConversationId = conversationId,
            CreatedAt = now,
            Lines = lines,
            DiscountPercent = discountPercent,
        };
    }
}
