using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs;

/// <summary>What one message says: its intent (from the flow's examples) and the entities in it.</summary>
public sealed record TurnUnderstanding(
    string Text,
    IntentMatch? Intent,
    IReadOnlyList<ProductMention> Products,
    TaxDocument? Document,
    EmailAddress? Email,
    PhoneNumber? Phone,
    decimal? Number)
{
    public string? IntentName => Intent?.Intent;

    public static TurnUnderstanding Of(string text, CompiledFlow flow, IReadOnlyList<Product> products)
    {
        var products_ = new ProductRecognizer(products, flow.Document.Numbers).Recognize(text);
        var document = TaxDocument.FindIn(text).FirstOrDefault();
        var phone = document is null ? PhoneNumber.FindIn(text).FirstOrDefault() : null;
        var tokens = TextNormalizer.Tokens(text);
        decimal? number = tokens.Length == 1 && decimal.TryParse(tokens[0], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
            : tokens.Length == 1 && flow.Document.Numbers.TryGetValue(tokens[0], out var w) ? w : null;
        return new TurnUnderstanding(text, flow.Classifier.Classify(text), products_, document, EmailAddress.FindIn(text).FirstOrDefault(), phone, number);
    }
}
