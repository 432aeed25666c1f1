namespace ContactCentre.Bot.Email;

/// <summary>The e-mailed quote's words in the customer's language (pt-BR, pt-PT, en, es).</summary>
public sealed record QuoteWording(
    string Language, string Title, string Intro, string Product, string Quantity, string Unit, string UnitPrice, string Total,
    string Subtotal, string Discount, string Issued, string Customer, string PdfNote)
{
    public static QuoteWording For(string? language) => Channels.Email.MailLanguage.Normalize(language) switch
    {
        "en" => new("en", "Quote", "Here is the quote you asked for.", "Item", "Qty", "Unit", "Unit price", "Total", "Subtotal", "Discount",
            "Issued on", "Customer", "The quote is also attached as a PDF."),
        "pt-PT" => new("pt-PT", "Orçamento", "Enviamos o orçamento que pediu.", "Artigo", "Qtd.", "Unidade", "Preço unit.", "Total", "Subtotal", "Desconto",
            "Emitido a", "Cliente", "O orçamento segue também em anexo, em PDF."),
        "es" => new("es", "Presupuesto", "Le enviamos el presupuesto solicitado.", "Ítem", "Cant.", "Unidad", "Precio unit.", "Total", "Subtotal",
            "Descuento", "Emitido el", "Cliente", "El presupuesto también va adjunto en PDF."),
        _ => new("pt-BR", "Orçamento", "Segue o orçamento solicitado.", "Item", "Qtd.", "Unidade", "Preço unit.", "Total", "Subtotal", "Desconto",
            "Emitido em", "Cliente", "O orçamento também segue anexo em PDF."),
    };

    public string Culture => Language switch { "en" => "en-US", "es" => "es-ES", "pt-PT" => "pt-PT", _ => "pt-BR" };
}
