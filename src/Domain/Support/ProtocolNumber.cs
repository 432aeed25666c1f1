namespace ContactCentre.Domain.Support;

/// <summary>
/// Complaint protocol numbers (R16): the local date and a daily sequence, e.g. "20260310-000042".
/// Date first so a customer reading it over the phone and an agent searching it agree on the day.
/// </summary>
public static class ProtocolNumber
{
    public static string Create(DateOnly localDate, int sequenceOfDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequenceOfDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequenceOfDay, 999_999);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{localDate:yyyyMMdd}-{sequenceOfDay:D6}");
    }

    public static bool IsValid(string? text) =>
        text is { Length: 15 } && text[8] == '-'
        && DateOnly.TryParseExact(text[..8], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
        && text[9..] != "000000"
        && text[9..].All(char.IsAsciiDigit);

    /// <summary>Finds a protocol number the customer typed, for reopening.</summary>
    public static string? FindIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"\b(\d{8})-?(\d{6})\b");
        if (!match.Success)
        {
            return null;
        }

        var candidate = $"{match.Groups[1].Value}-{match.Groups[2].Value}";
        return IsValid(candidate) ? candidate : null;
    }
}
