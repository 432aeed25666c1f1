using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Handoff;

/// <summary>
/// When people attend: hours per weekday in the business calendar's zone, closed on its holidays. With no
/// hours configured the centre is always attended (<see cref="Always"/>), so nobody is told "out of hours"
/// by a setting they never made.
/// </summary>
public sealed class BusinessHours(IReadOnlyDictionary<DayOfWeek, OpeningHours> week)
{
    public static BusinessHours Always { get; } = new(new Dictionary<DayOfWeek, OpeningHours>());

    public bool IsAlwaysOpen => week.Count == 0;

    public IReadOnlyDictionary<DayOfWeek, OpeningHours> Week => week;

    public bool IsOpen(DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsAlwaysOpen)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(now, calendar.TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        return !calendar.Holidays.Contains(date)
            && week.TryGetValue(date.DayOfWeek, out var hours)
            && hours.Contains(TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The next instant people attend after <paramref name="now"/> (now itself when open); null when no day has hours.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsOpen(now, calendar))
        {
            return now;
        }

        var today = calendar.DateOf(now);

        // Two weeks cover any week pattern plus a run of holidays (Carnival, Christmas to New Year).
        for (var d = 0; d <= 21; d++)
        {
            var date = today.AddDays(d);
            if (calendar.Holidays.Contains(date) || !week.TryGetValue(date.DayOfWeek, out var hours))
            {
                continue;
            }

            var local = date.ToDateTime(hours.Open, DateTimeKind.Unspecified);
            var opening = new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
            if (opening > now)
            {
                return opening;
            }
        }

        return null;
    }
}
