using ContactCentre.Domain.Handoff;
using ContactCentre.Domain.Routing;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Handoff;

/// <summary>Attended hours per weekday in São Paulo, closed on the calendar's holidays.</summary>
public sealed class BusinessHoursTests
{
    private static readonly BusinessHours Weekdays = new(new Dictionary<DayOfWeek, OpeningHours>
    {
        [DayOfWeek.Monday] = OpeningHours.Parse("08:00-18:00"),
        [DayOfWeek.Tuesday] = OpeningHours.Parse("08:00-18:00"),
        [DayOfWeek.Wednesday] = OpeningHours.Parse("08:00-18:00"),
        [DayOfWeek.Thursday] = OpeningHours.Parse("08:00-18:00"),
        [DayOfWeek.Friday] = OpeningHours.Parse("08:00-17:00"),
    });

    [Theory]
    [InlineData("2026-03-10T08:00", true)]
    [InlineData("2026-03-10T17:59", true)]
    [InlineData("2026-03-10T18:00", false)]
    [InlineData("2026-03-10T07:59", false)]
    [InlineData("2026-03-13T17:30", false)] // Friday closes at 17:00
    [InlineData("2026-03-14T10:00", false)] // Saturday
    public void IsOpen_FollowsTheWeekdaysHoursInTheCalendarsZone(string local, bool open)
    {
        Assert.Equal(open, Weekdays.IsOpen(Local(local), Calendar));
    }

    [Fact]
    public void IsOpen_OnAHolidayWeekday_IsClosed()
    {
        // 2026-04-03 is Good Friday, a national holiday.
        Assert.False(Weekdays.IsOpen(Local("2026-04-03T10:00"), Calendar));
    }

    [Fact]
    public void NextOpening_FridayEvening_IsMondayMorning()
    {
        Assert.Equal(Local("2026-03-16T08:00"), Weekdays.NextOpening(Local("2026-03-13T19:00"), Calendar));
    }

    [Fact]
    public void NextOpening_SkipsHolidays()
    {
        // Thursday 2026-04-02 evening: Friday 03 is Good Friday, so Monday 06.
        Assert.Equal(Local("2026-04-06T08:00"), Weekdays.NextOpening(Local("2026-04-02T20:00"), Calendar));
    }

    [Fact]
    public void NextOpening_BeforeOpeningTheSameDay_IsThatMorning()
    {
        Assert.Equal(Local("2026-03-10T08:00"), Weekdays.NextOpening(Local("2026-03-10T06:30"), Calendar));
    }

    [Fact]
    public void NoHoursConfigured_IsAlwaysOpen()
    {
        Assert.True(BusinessHours.Always.IsOpen(Local("2026-03-14T03:00"), Calendar));
    }

    [Theory]
    [InlineData("18:00-08:00")]
    [InlineData("8h-18h")]
    [InlineData("")]
    public void Parse_BadHours_Throws(string text)
    {
        Assert.Throws<FormatException>(() => OpeningHours.Parse(text));
    }
}
