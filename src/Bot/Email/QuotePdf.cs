using System.Globalization;
using ContactCentre.Domain.Catalogue;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ContactCentre.Bot.Email;

/// <summary>An itemised quote as a one-page (or longer) A4 PDF, drawn with PDFsharp.</summary>
public static class QuotePdf
{
    private const double Margin = 50;
    private static readonly double[] Columns = [Margin, 290, 350, 420, 495]; // item, qty (right edge 340), unit, unit price (right 485), total (right 545)

    public static string Number(Quote quote) => quote.Id.ToString("N")[..8].ToUpperInvariant();

    public static string FileName(Quote quote, QuoteWording words) => $"{words.Title.ToLowerInvariant().Replace('ç', 'c')}-{Number(quote)}.pdf";

    public static byte[] Render(Quote quote, QuoteWording words, string companyName, string? customerName, string? commercialLicense = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(words);
        QuotePdfSetup.Ensure(commercialLicense);
        var culture = CultureInfo.GetCultureInfo(words.Culture);
        string Money(decimal amount) => Domain.Billing.Money.Format(amount, words.Culture);

        using var document = new PdfDocument();
        document.Info.Title = $"{words.Title} {Number(quote)}";
        document.Info.Author = companyName;
        var title = new XFont("Segoe WP", 20, XFontStyleEx.Bold);
        var bold = new XFont("Segoe WP", 10, XFontStyleEx.Bold);
        var normal = new XFont("Segoe WP", 10, XFontStyleEx.Regular);
        var grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));

        var page = document.AddPage();
        var gfx = XGraphics.FromPdfPage(page);
        var y = Margin;
        gfx.DrawString(companyName, normal, grey, Margin, y);
        y += 30;
        gfx.DrawString($"{words.Title} nº {Number(quote)}", title, XBrushes.Black, Margin, y);
        y += 22;
        gfx.DrawString($"{words.Issued} {quote.CreatedAt.ToString("d", culture)}", normal, grey, Margin, y);
        if (!string.IsNullOrWhiteSpace(customerName))
        {
            y += 15;
            gfx.DrawString($"{words.Customer}: {customerName}", normal, grey, Margin, y);
        }

        y += 30;
        void Header()
        {
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(244, 246, 248)), Margin - 4, y - 13, page.Width.Point - (2 * Margin) + 8, 19);
            Row(gfx, bold, y, words.Product, words.Quantity, words.Unit, words.UnitPrice, words.Total);
            y += 22;
        }

        Header();
        foreach (var line in quote.Lines)
        {
            if (y > page.Height.Point - 120)
            {
                gfx.Dispose();
                page = document.AddPage();
                gfx = XGraphics.FromPdfPage(page);
                y = Margin + 13;
                Header();
            }

            Row(gfx, normal, y, Fit(gfx, line.ProductName, normal, 230), line.Quantity.ToString("0.##", culture), line.Unit, Money(line.UnitPrice), Money(line.Total));
            gfx.DrawLine(new XPen(XColor.FromArgb(227, 227, 227), 0.5), Margin - 4, y + 6, page.Width.Point - Margin + 4, y + 6);
            y += 20;
        }

        y += 6;
        if (quote.Discount > 0)
        {
            Total(gfx, normal, page, y, words.Subtotal, Money(quote.Subtotal));
            y += 16;
            Total(gfx, normal, page, y, $"{words.Discount} ({quote.DiscountPercent.ToString("0.##", culture)}%)", "− " + Money(quote.Discount));
            y += 16;
        }

        Total(gfx, bold, page, y, words.Total, Money(quote.Total));
        gfx.Dispose();

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Row(XGraphics gfx, XFont font, double y, string item, string quantity, string unit, string unitPrice, string total)
    {
        gfx.DrawString(item, font, XBrushes.Black, Columns[0], y);
        Right(gfx, quantity, font, 340, y);
        gfx.DrawString(unit, font, XBrushes.Black, Columns[2], y);
        Right(gfx, unitPrice, font, 485, y);
        Right(gfx, total, font, 545, y);
    }

    private static void Total(XGraphics gfx, XFont font, PdfPage page, double y, string label, string amount)
    {
        Right(gfx, label, font, 420, y);
        Right(gfx, amount, font, page.Width.Point - Margin, y);
    }

    private static void Right(XGraphics gfx, string text, XFont font, double right, double y) =>
        gfx.DrawString(text, font, XBrushes.Black, right - gfx.MeasureString(text, font).Width, y);

    /// <summary>Shortens a product name that would run into the next column.</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && gfx.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
