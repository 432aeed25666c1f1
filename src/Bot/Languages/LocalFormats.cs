using System.Globalization;
using ContactCentre.Domain.Billing;

namespace ContactCentre.Bot.Languages;

/// <summary>
/// Money and dates in the customer's language, written by hand so every machine prints the same bytes (no
/// OS culture data): pt-BR "R$ 1.234,56" and "12/03/2026"; pt-PT "1234,56 R$" and "12/03/2026"; English
/// "R$1,234.56" and "Mar 12, 2026" (CLDR's en-US medium date: day and month cannot be mistaken). The
/// currency is always BRL (see <see cref="Money.Format"/>).
/// </summary>
public static class LocalFormats
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Money(decimal amount, string? language) => Domain.Billing.Money.Format(amount, Language.Normalize(language) ?? Language.Default);

    public static string Date(DateOnly date, string? language) => Language.Normalize(language) switch
    {
        Language.En => string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}"),
        _ => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture),
    };
}
