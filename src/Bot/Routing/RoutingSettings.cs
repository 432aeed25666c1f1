using ContactCentre.Domain.Routing;

namespace ContactCentre.Bot.Routing;

/// <summary>
/// The "Routing" section: TimeZone, Holidays and every rule parameter by its name
/// (RoutingParameters.Definitions). Read once on start; a bad key or value stops the host naming it.
/// </summary>
public sealed class RoutingSettings
{
    public const string SectionName = "Routing";

    public required RoutingParameters Parameters { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Configured holidays; null means Brazil's national holidays of the current and next year.</summary>
    public IReadOnlyList<DateOnly>? Holidays { get; init; }

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
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Routing:TimeZone '{zoneId}' is not a known time zone (use an IANA id such as America/Sao_Paulo).");
        }

        List<DateOnly>? holidays = null;
        var holidaySection = section.GetSection("Holidays");
        if (holidaySection.Exists())
        {
            holidays = [];
            foreach (var child in holidaySection.GetChildren())
            {
                holidays.Add(DateOnly.TryParseExact(child.Value, "yyyy-MM-dd", out var date)
                    ? date
                    : throw new InvalidOperationException($"Routing:Holidays:{child.Key} '{child.Value}' is not a date (yyyy-MM-dd)."));
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
