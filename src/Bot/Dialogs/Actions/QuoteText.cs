using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>A quote as chat text: one line per item, discount when any, total.</summary>
public static class QuoteText
{
    public static string Render(FlowTurn turn, Quote quote)
    {
        var lines = quote.Lines.Select(l => $"• {l.ProductName}: {l.Quantity:0.##} {l.Unit} × {turn.Money(l.UnitPrice)} = {turn.Money(l.Total)}").ToList();
        if (quote.Discount > 0)
        {
            lines.Add(turn.Fill("quoteDiscount", new Dictionary<string, string> { ["percent"] = $"{quote.DiscountPercent:0.##}%", ["discount"] = turn.Money(quote.Discount) }));
        }

        return $"{turn.Fill("quoteHeader")}\n{string.Join("\n", lines)}\n{turn.Fill("quoteTotal", new Dictionary<string, string> { ["total"] = turn.Money(quote.Total) })}";
    }
}
