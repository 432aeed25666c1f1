using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Campaigns;

/// <summary>
/// When the bot may start a contact (campaigns and follow-ups): business hours, on business days unless
/// told otherwise, in the business calendar's time zone. Customers are not woken at night.
/// </summary>
public sealed record SendWindow(TimeOnly Start, TimeOnly End, bool BusinessDaysOnly)
{
    public static SendWindow Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(18, 0), true);

    /// <summary>Whether <paramref name="now"/> is inside the window. An End at or before Start means until midnight.</summary>
    public bool IsOpen(DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var local = TimeZoneInfo.ConvertTime(now, calendar.TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (BusinessDaysOnly && !calendar.IsBusinessDay(date))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return time >= Start && (End <= Start || time < End);
    }

    /// <summary>The first instant at or after <paramref name="now"/> inside the window (within two weeks), for status pages.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsOpen(now, calendar))
        {
            return now;
        }

        var date = calendar.DateOf(now);
        for (var i = 0; i < 15; i++, date = date.AddDays(1))
        {
            var opening = calendar.StartOf(date) + Start.ToTimeSpan();
            if (opening >= now && IsOpen(opening, calendar))
            {
                return opening;
            }
        }

        return now;
    }
}
