using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs;

/// <summary>What one message says: its intent (from the flow's examples) and the entities in it.</summary>
public sealed record TurnUnderstanding(string Text, Understanding.Understanding Found)
{
    public IntentMatch? Intent => Found.Intent;
    public string? IntentName => Found.Intent?.Intent;
    public IReadOnlyList<ProductMention> Products => Found.Products;
    public TaxDocument? Document => Found.Document;
    public EmailAddress? Email => Found.Email;
    public PhoneNumber? Phone => Found.Phone;
    public decimal? Number => Found.Number;
    public DateOnly? Date => Found.Date;
    public decimal? Money => Found.Money;
    public bool? YesNo => Found.YesNo;

    public static TurnUnderstanding Of(string text, CompiledFlow flow, IReadOnlyList<Product> products, DateOnly today) =>
        new(text, flow.Understander.Understand(text, products, today));
}
