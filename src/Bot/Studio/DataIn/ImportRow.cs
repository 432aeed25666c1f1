using System.Globalization;
using System.Text.Json;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>One record to load: its position (CSV line, or 1-based item of a JSON array), its fields by name, and a shape problem if any.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string?> Values, string? ShapeProblem = null)
{
    public string? this[string name] => Values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>A JSON array item: strings and numbers as text, arrays joined with ';' (as a CSV cell lists them).</summary>
    public static ImportRow FromJson(int index, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new ImportRow(index, new Dictionary<string, string?>(), "is not a JSON object");
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in item.EnumerateObject())
        {
            values[property.Name] = Text(property.Value);
        }

        return new ImportRow(index, values);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Text)),
        _ => null,
    };

    /// <summary>An amount as billing systems export it: 49.90, 49,90 or 1.234,56.</summary>
    public static bool TryMoney(string text, out decimal amount)
    {
        var normalized = text.Contains(',', StringComparison.Ordinal) ? text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : text;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "sim" or "s" or "yes":
                value = true;
                return true;
            case "false" or "0" or "não" or "nao" or "n" or "no":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : [.. text.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
