using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// What one customer message says: the intent (null when none is close enough) and every entity found.
/// Each entity is the first of its kind in the text; null (or empty) when the message has none.
/// </summary>
/// <param name="Intent">The best intent from the flow's examples, or null.</param>
/// <param name="Products">Products from the price list with their quantities (1 when none was said).</param>
/// <param name="Money">An amount marked as money: "R$ 1.234,56" → 1234.56, "50 reais" → 50.</param>
/// <param name="Date">"hoje", "amanhã", "sexta", "dia 15", "15/03", "15/03/2026"… relative to the given today.</param>
/// <param name="Number">A number that is not part of another entity; digits win over words ("um orçamento para 3" → 3).</param>
/// <param name="Document">A CPF or CNPJ whose check digits are right.</param>
/// <param name="YesNo">true for a yes ("sim", "pode ser, manda"), false for a no ("não, obrigado"), else null.</param>
public sealed record Understanding(
    IntentMatch? Intent,
    IReadOnlyList<ProductMention> Products,
    decimal? Money,
    DateOnly? Date,
    decimal? Number,
    TaxDocument? Document,
    EmailAddress? Email,
    PhoneNumber? Phone,
    bool? YesNo);
