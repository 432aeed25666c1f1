using System.Globalization;
using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs;

/// <summary>Checks an answer to an <c>ask</c> node by its kind and returns the value to store, or null to re-prompt.</summary>
public static class PromptValidator
{
    public static string? Validate(FlowNode node, TurnUnderstanding message)
    {
        var text = message.Text.Trim();
        return (node.Kind ?? AskKind.Text) switch
        {
            AskKind.Text => text.Length > 0 ? text : null,
            AskKind.Number => message.Number?.ToString(CultureInfo.InvariantCulture),
            AskKind.Email => message.Email?.Value,
            AskKind.Document => message.Document?.Digits,
            AskKind.Phone => message.Phone?.E164 ?? (PhoneNumber.TryParse(text, out var p) ? p!.E164 : null),
            AskKind.Contact => message.Email?.Value ?? message.Phone?.E164 ?? (PhoneNumber.TryParse(text, out var c) ? c!.E164 : null),
            AskKind.Date => message.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DateAnswer(text),
            AskKind.Confirm => message.YesNo switch { true => "yes", false => "no", null => ConfirmByChoice(node, text) },
            AskKind.Choice => Choice(node.Choices ?? [], text),
            _ => null,
        };
    }

    /// <summary>A confirm node's two choices are (yes, no): pressing a button answers it.</summary>
    private static string? ConfirmByChoice(FlowNode node, string text) =>
        node.Choices is [_, _] && Choice(node.Choices, text) is { } picked ? (picked == node.Choices[0] ? "yes" : "no") : null;

    private static string? Choice(IReadOnlyList<string> choices, string text)
    {
        if (int.TryParse(text.Trim().TrimEnd('.', ')'), out var index) && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }

        var normalized = TextNormalizer.Normalize(text);
        return choices.FirstOrDefault(c => TextNormalizer.Normalize(c) == normalized)
            ?? choices.FirstOrDefault(c => normalized.Contains(TextNormalizer.Normalize(c), StringComparison.Ordinal));
    }

    private static string? DateAnswer(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
