using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Routing;

/// <summary>
/// The "Routing" section: TimeZone, Holidays and every rule parameter by its name
/// (RoutingParameters.Definitions). Read on start; a bad key or value stops the host naming it. The studio may
/// replace the values while the host runs (<see cref="Replace"/>): every service holding this instance reads the
/// new ones on its next turn, without a restart.
/// </summary>
public sealed class RoutingSettings
{
    public const string SectionName = "Routing";

    private volatile Values _values = new(RoutingParameters.Default, TimeZoneInfo.Utc, null);

    public required RoutingParameters Parameters { get => _values.Parameters; init => _values = _values with { Parameters = value }; }
    public required TimeZoneInfo TimeZone { get => _values.TimeZone; init => _values = _values with { TimeZone = value }; }

    /// <summary>Configured holidays; null means Brazil's national holidays of the current and next year.</summary>
    public IReadOnlyList<DateOnly>? Holidays { get => _values.Holidays; init => _values = _values with { Holidays = value }; }

    /// <summary>Swaps all three values at once (a reader sees the old set or the new one, per property read).</summary>
    public void Replace(RoutingParameters parameters, TimeZoneInfo timeZone, IReadOnlyList<DateOnly>? holidays)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(timeZone);
        _values = new Values(parameters, timeZone, holidays);
    }

    /// <summary>A copy that no later <see cref="Replace"/> changes.</summary>
    public RoutingSettings Snapshot() => new() { Parameters = Parameters, TimeZone = TimeZone, Holidays = Holidays };

    /// <summary>A time zone by IANA id, or the same message appsettings gets.</summary>
    public static TimeZoneInfo ParseTimeZone(string zoneId, string key = "Routing:TimeZone")
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new InvalidOperationException($"{key} '{zoneId}' is not a known time zone (use an IANA id such as America/Sao_Paulo).");
        }
    }

    /// <summary>A holiday as yyyy-MM-dd, or the same message appsettings gets.</summary>
    public static DateOnly ParseHoliday(string? text, string key) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? date
            : throw new InvalidOperationException($"{key} '{text}' is not a date (yyyy-MM-dd).");

    private sealed record Values(RoutingParameters Parameters, TimeZoneInfo TimeZone, IReadOnlyList<DateOnly>? Holidays);

    public BusinessCalendar CalendarAt(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);
        return Holidays is null
            ? new BusinessCalendar(TimeZone, BrazilianHolidays.ForYears(today.Year, today.Year + 1))
            : new BusinessCalendar(TimeZone, Holidays);
    }

    public static RoutingSettings From(IConfigurationSection section)
    {
        var zoneId = section["TimeZone"] is { Length: > 0 } z ? z : "America/Sao_Paulo";
        var zone = ParseTimeZone(zoneId);

        List<DateOnly>? holidays = null;
        var holidaySection = section.GetSection("Holidays");
        if (holidaySection.Exists())
        {
            holidays = [];
            foreach (var child in holidaySection.GetChildren())
            {
                holidays.Add(ParseHoliday(child.Value, $"Routing:Holidays:{child.Key}"));
            }
        }

        var values = section.GetChildren()
            .Where(c => c.Key is not ("TimeZone" or "Holidays"))
            .Select(c => new KeyValuePair<string, string>(c.Key, c.Value ?? ""));
        RoutingParameters parameters;
        try
        {
            parameters = RoutingParameters.Default.With(values);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Routing: {e.Message}", e);
        }

        return new RoutingSettings { Parameters = parameters, TimeZone = zone, Holidays = holidays };
    }
}
