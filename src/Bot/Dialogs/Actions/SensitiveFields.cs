using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>The default flows' choice labels (pt-BR, pt-PT, en) for R15's sensitive fields (also accepts the enum names).</summary>
public static class SensitiveFields
{
    private static readonly Dictionary<string, SensitiveField> Labels = new(StringComparer.Ordinal)
    {
        ["titular"] = SensitiveField.Holder,
        ["cpf/cnpj"] = SensitiveField.Document,
        ["e-mail de cobranca"] = SensitiveField.BillingEmail,
        ["administrador"] = SensitiveField.Administrator,
        ["e-mail de faturacao"] = SensitiveField.BillingEmail, // default.pt-PT
        ["holder"] = SensitiveField.Holder, // default.en
        ["billing e-mail"] = SensitiveField.BillingEmail,
        ["administrator"] = SensitiveField.Administrator,
    };

    public static SensitiveField? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<SensitiveField>(text, ignoreCase: true, out var field) && Enum.IsDefined(field))
        {
            return field;
        }

        return Labels.TryGetValue(TextNormalizer.Normalize(text), out var labelled) ? labelled : null;
    }
}
