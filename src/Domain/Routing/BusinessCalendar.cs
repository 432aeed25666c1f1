using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ContactCentre.Domain.Routing;

/// <summary>
/// Business-day arithmetic in one time zone: Monday to Friday, minus the given holidays.
/// Used for SLA deadlines ("answer within 2 business days"), which customers read in local dates,
/// not in UTC.
/// </summary>
/// <remarks>Immutable and therefore safe to share between threads.</remarks>
public sealed class BusinessCalendar
{
    /// <summary>IANA id of the contact centre's home zone; .NET resolves IANA ids on every OS.</summary>
    public const string DefaultTimeZoneId = "America/Sao_Paulo";

    /// <summary>
    /// Weekday holidays in ascending order. Weekend holidays are dropped because they never change
    /// a business-day count; keeping the rest sorted lets counts use binary search.
    /// </summary>
    private readonly DateOnly[] _weekdayHolidays;

    /// <summary>Creates a calendar for <paramref name="timeZone"/> with the given holiday dates.</summary>
    /// <param name="timeZone">Zone whose local dates define "a day".</param>
    /// <param name="holidays">Non-working dates; duplicates and weekend dates are harmless.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BusinessCalendar(TimeZoneInfo timeZone, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(holidays);

        TimeZone = timeZone;
        Holidays = holidays.ToFrozenSet();
        _weekdayHolidays = [.. Holidays.Where(IsWeekday).Order()];
    }

    /// <summary>The zone whose local calendar dates this calendar counts.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The non-working dates this calendar was built with (read-only).</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>
    /// Creates a calendar from configuration-style inputs.
    /// </summary>
    /// <param name="timeZoneId">
    /// IANA (or Windows) zone id; null, empty or blank means <see cref="DefaultTimeZoneId"/> so that an
    /// unset configuration value falls back to the contact centre's home zone.
    /// </param>
    /// <param name="holidays">
    /// Holiday dates, or null for the Brazilian national holidays of <paramref name="today"/>'s year
    /// and the next one (so deadlines computed in December still see January's holidays).
    /// </param>
    /// <param name="today">The current local date; only used when <paramref name="holidays"/> is null.</param>
    /// <exception cref="TimeZoneNotFoundException">The zone id is unknown on this machine.</exception>
    public static BusinessCalendar Create(string timeZoneId, IEnumerable<DateOnly>? holidays, DateOnly today)
    {
        var id = string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZoneId : timeZoneId.Trim();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);

        // DateOnly.MaxValue.Year has no "next year"; clamp rather than fail on a nonsensical clock.
        var nextYear = Math.Min(today.Year + 1, DateOnly.MaxValue.Year);
        return new BusinessCalendar(zone, holidays ?? BrazilianHolidays.ForYears(today.Year, nextYear));
    }

    /// <summary>The calendar date <paramref name="instant"/> falls on in <see cref="TimeZone"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>True for Monday–Friday dates that are not holidays.</summary>
    public bool IsBusinessDay(DateOnly date) => IsWeekday(date) && !Holidays.Contains(date);

    /// <summary>
    /// Counts business days <c>d</c> with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>,
    /// i.e. how many business days have elapsed since <paramref name="from"/> by the end of
    /// <paramref name="to"/>. Created Monday, due Wednesday (no holidays) = 2.
    /// </summary>
    /// <returns>The count, or 0 when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public int BusinessDaysAfter(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        // Closed-form weekday count instead of a day-by-day loop so long ranges stay O(log n).
        var weekdays = WeekdaysUpTo(to) - WeekdaysUpTo(from);
        var holidays = CountWeekdayHolidaysUpTo(to) - CountWeekdayHolidaysUpTo(from);
        return weekdays - holidays;
    }

    /// <summary>
    /// The <paramref name="n"/>-th business day after <paramref name="from"/>; <paramref name="from"/>
    /// itself when <paramref name="n"/> is 0 (even if it is not a business day).
    /// Consistent with <see cref="BusinessDaysAfter"/>: for n ≥ 1,
    /// <c>BusinessDaysAfter(from, AddBusinessDays(from, n)) == n</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public DateOnly AddBusinessDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);

        var date = from;
        var remaining = n;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The first instant of <paramref name="date"/> in <see cref="TimeZone"/>, normally local 00:00,
    /// with the offset in force at that moment.
    /// </summary>
    /// <remarks>
    /// Brazil skipped local midnight when daylight saving time began (until DST was abolished in 2019),
    /// so 00:00 did not exist on those dates; the day then started when the clocks jumped forward
    /// (e.g. 2018-11-04T01:00-02:00). If midnight occurs twice, the earlier occurrence is returned.
    /// </remarks>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        if (TimeZone.IsAmbiguousTime(midnight))
        {
            // The larger offset belongs to the first occurrence (before the clocks went back).
            var offset = TimeZone.GetAmbiguousTimeOffsets(midnight).Max();
            return new DateTimeOffset(midnight, offset);
        }

        var local = TimeZone.IsInvalidTime(midnight) ? EndOfGap(midnight) : midnight;
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>
    /// Plain calendar distance <c>to − from</c> in days (negative when <paramref name="to"/> is earlier),
    /// for rules phrased in calendar days such as consumer-protection deadlines.
    /// </summary>
    [SuppressMessage(
        "Performance",
        "CA1822:Mark members as static",
        Justification = "Instance member on purpose: callers reach every date rule through the injected calendar.")]
    public int CalendarDaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static bool IsWeekday(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// Number of weekdays from an arbitrary fixed origin up to and including <paramref name="date"/>;
    /// only differences of this value are meaningful.
    /// </summary>
    private static int WeekdaysUpTo(DateOnly date)
    {
        // DayNumber 0 (0001-01-01) is a Monday, so DayNumber % 7 is 0 for Monday … 6 for Sunday.
        var fullWeeks = date.DayNumber / 7;
        var dayInWeek = date.DayNumber % 7;
        return (fullWeeks * 5) + Math.Min(dayInWeek + 1, 5);
    }

    /// <summary>Number of weekday holidays on or before <paramref name="date"/>.</summary>
    private int CountWeekdayHolidaysUpTo(DateOnly date)
    {
        var index = Array.BinarySearch(_weekdayHolidays, date);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>
    /// First valid local time at or after <paramref name="invalid"/>, which lies in a DST gap.
    /// Binary search on ticks finds it exactly, even for historical offsets with odd seconds.
    /// </summary>
    private DateTime EndOfGap(DateTime invalid)
    {
        // Real-world gaps are at most a day long (Samoa skipped 2011-12-30 entirely), so stepping
        // hour by hour finds a valid upper bound quickly.
        var valid = invalid;
        do
        {
            valid = valid.AddHours(1);
        }
        while (TimeZone.IsInvalidTime(valid));

        long low = invalid.Ticks; // invalid
        long high = valid.Ticks;  // valid
        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            if (TimeZone.IsInvalidTime(new DateTime(mid, DateTimeKind.Unspecified)))
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return new DateTime(high, DateTimeKind.Unspecified);
    }
}
