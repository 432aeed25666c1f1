using System.Globalization;
using System.Text.RegularExpressions;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Parses the scalar formats of the contract: durations, money and ISO 8601 dates.</summary>
internal static partial class ScenarioValues
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Reads <c>130s</c>, <c>2m</c>, <c>1h</c>, <c>3d</c>.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var amount = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unitSeconds = match.Groups[2].Value switch
        {
            "s" => 1L,
            "m" => 60L,
            "h" => 3600L,
            _ => 86400L,
        };
        var seconds = amount * unitSeconds;
        if (seconds > (long)TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>Reads a non-negative amount with at most two decimals and a '.' separator (<c>49.90</c>, <c>15</c>).</summary>
    public static bool TryParseMoney(string text, out decimal amount)
    {
        amount = default;
        return MoneyPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>
    /// Reads an ISO 8601 date or date-time. Without offset (or without time) it is local time in <paramref name="zone"/>;
    /// a date alone means 00:00.
    /// </summary>
    public static bool TryParseInstant(string text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        if (OffsetPattern().IsMatch(text))
        {
            return DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || zone.IsInvalidTime(local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }

    /// <summary>Reads an ISO 8601 date (<c>2026-03-11</c>); a date-time gives its calendar day in <paramref name="zone"/>.</summary>
    public static bool TryParseDate(string text, TimeZoneInfo zone, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (TryParseInstant(text, zone, out var instant))
        {
            date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(\d{1,9})([smhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\d{1,20}(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
