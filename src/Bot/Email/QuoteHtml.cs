using System.Globalization;
using System.Text;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Email;

/// <summary>An itemised quote as an HTML fragment for the mail body: a table that reads well in webmail and phones (inline styles only).</summary>
public static class QuoteHtml
{
    private const string Cell = "padding:8px 10px;border-bottom:1px solid #e3e3e3;";

    public static string Render(Quote quote, QuoteWording words, string? customerName)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(words);
        var culture = CultureInfo.GetCultureInfo(words.Culture);
        string Money(decimal amount) => E(Domain.Billing.Money.Format(amount, words.Culture));
        var html = new StringBuilder();
        html.Append("<h2 style=\"font-size:18px;margin:16px 0 4px\">").Append(E(words.Title)).Append(" nº ").Append(E(QuotePdf.Number(quote))).Append("</h2>");
        html.Append("<p style=\"margin:0 0 12px;color:#555\">").Append(E(words.Issued)).Append(' ').Append(E(quote.CreatedAt.ToString("d", culture)));
        if (!string.IsNullOrWhiteSpace(customerName))
        {
            html.Append(" · ").Append(E(words.Customer)).Append(": ").Append(E(customerName));
        }

        html.Append("</p><p>").Append(E(words.Intro)).Append("</p>");
        html.Append("<table role=\"presentation\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;min-width:320px;max-width:640px;font-size:14px\">");
        html.Append("<thead><tr style=\"background:#f4f6f8;text-align:left\">")
            .Append(Th(words.Product, "left")).Append(Th(words.Quantity, "right")).Append(Th(words.Unit, "left"))
            .Append(Th(words.UnitPrice, "right")).Append(Th(words.Total, "right")).Append("</tr></thead><tbody>");
        foreach (var line in quote.Lines)
        {
            html.Append("<tr>")
                .Append(Td(E(line.ProductName), "left"))
                .Append(Td(E(line.Quantity.ToString("0.##", culture)), "right"))
                .Append(Td(E(line.Unit), "left"))
                .Append(Td(Money(line.UnitPrice), "right"))
                .Append(Td(Money(line.Total), "right"))
                .Append("</tr>");
        }

        html.Append("</tbody><tfoot>");
        if (quote.Discount > 0)
        {
            html.Append(Summary(words.Subtotal, Money(quote.Subtotal), bold: false));
            html.Append(Summary($"{words.Discount} ({quote.DiscountPercent.ToString("0.##", culture)}%)", "− " + Money(quote.Discount), bold: false));
        }

        html.Append(Summary(words.Total, Money(quote.Total), bold: true)).Append("</tfoot></table>");
        html.Append("<p style=\"color:#555;font-size:13px\">").Append(E(words.PdfNote)).Append("</p>");
        return html.ToString();
    }

    private static string Th(string text, string align) => $"<th style=\"{Cell}text-align:{align};font-weight:600\">{E(text)}</th>";

    private static string Td(string html, string align) => $"<td style=\"{Cell}text-align:{align}\">{html}</td>";

    private static string Summary(string label, string amount, bool bold) =>
        $"<tr><td colspan=\"4\" style=\"{Cell}text-align:right;{(bold ? "font-weight:700" : "")}\">{E(label)}</td><td style=\"{Cell}text-align:right;white-space:nowrap;{(bold ? "font-weight:700" : "")}\">{amount}</td></tr>";

    private static string E(string text) => Channels.Email.HtmlEscape.Text(text);
}
