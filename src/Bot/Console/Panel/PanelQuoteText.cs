using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>A quote an agent sends, as chat text: one line per item and the total, in the conversation's language.</summary>
public static class PanelQuoteText
{
    public static string Render(Quote quote, string language)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var lines = quote.Lines.Select(l => $"• {l.ProductName}: {l.Quantity:0.##} {l.Unit} × {Money.Format(l.UnitPrice, language)} = {Money.Format(l.Total, language)}");
        var discount = quote.Discount > 0 ? $"\n• {(english ? "Discount" : "Desconto")} ({quote.DiscountPercent:0.##}%): -{Money.Format(quote.Discount, language)}" : "";
        return $"{(english ? "Here is your quote:" : "Segue o orçamento:")}\n{string.Join("\n", lines)}{discount}\nTotal: {Money.Format(quote.Total, language)}";
    }
}
