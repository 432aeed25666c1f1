namespace ContactCentre.Domain.Catalogue;

/// <summary>An orçamento: priced products and quantities sent to the customer (R7).</summary>
public sealed class Quote
{
    public required Guid Id { get; init; }
    public string? CustomerId { get; set; }
    public string? ConversationId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required IReadOnlyList<QuoteLine> Lines { get; init; }

    /// <summary>Discount in percent (R13 campaign); zero otherwise.</summary>
    public decimal DiscountPercent { get; init; }

    public string? SentByEmailTo { get; set; }

    public decimal Subtotal => Lines.Sum(l => l.Total);
    public decimal Discount => decimal.Round(Subtotal * DiscountPercent / 100m, 2, MidpointRounding.AwayFromZero);
    public decimal Total => Subtotal - Discount;
}
