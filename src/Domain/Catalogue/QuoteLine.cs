namespace ContactCentre.Domain.Catalogue;

/// <summary>One priced item of a quote.</summary>
public sealed record QuoteLine(string ProductCode, string ProductName, string Unit, decimal Quantity, decimal UnitPrice)
{
    public decimal Total => decimal.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}
