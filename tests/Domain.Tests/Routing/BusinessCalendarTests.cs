using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Tests.Routing;

public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    private static readonly BusinessCalendar Calendar =
        new(SaoPaulo, BrazilianHolidays.ForYears(2025, 2026, 2027));

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", null);

    [Fact]
    public void Constructor_NullTimeZone_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(null!, []));
    }

    [Fact]
    public void Constructor_NullHolidays_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new BusinessCalendar(SaoPaulo, null!));
    }

    [Fact]
    public void Constructor_DuplicateHolidays_AreStoredOnce()
    {
        var calendar = new BusinessCalendar(SaoPaulo, [D("2026-07-09"), D("2026-07-09")]);

        Assert.Equal([D("2026-07-09")], calendar.Holidays);
        Assert.Same(SaoPaulo, calendar.TimeZone);
    }

    [Fact]
    public void Constructor_HolidaysSourceChangedLater_DoesNotAffectCalendar()
    {
        var source = new List<DateOnly> { D("2026-07-09") };
        var calendar = new BusinessCalendar(SaoPaulo, source);

        source.Add(D("2026-07-10"));

        Assert.True(calendar.IsBusinessDay(D("2026-07-10")));
    }

    [Fact]
    public void Create_NullHolidays_UsesNationalHolidaysOfThisAndNextYear()
    {
        var calendar = BusinessCalendar.Create("America/Sao_Paulo", null, D("2026-12-20"));

        Assert.Equal(BrazilianHolidays.ForYears(2026, 2027).ToHashSet(), calendar.Holidays.ToHashSet());
        Assert.False(calendar.IsBusinessDay(D("2027-01-01")));
        Assert.True(calendar.IsBusinessDay(D("2025-12-25"))); // last year's holidays are not loaded
    }

    [Fact]
    public void Create_ExplicitHolidays_UsesOnlyThose()
    {
        var calendar = BusinessCalendar.Create("America/Sao_Paulo", [D("2026-07-09")], D("2026-01-05"));

        Assert.Equal([D("2026-07-09")], calendar.Holidays);
        Assert.True(calendar.IsBusinessDay(D("2026-04-21")));
        Assert.False(calendar.IsBusinessDay(D("2026-07-09")));
    }

    [Theory]
    [InlineData("America/Sao_Paulo")]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankOrSaoPauloId_UsesSaoPauloZone(string timeZoneId)
    {
        var calendar = BusinessCalendar.Create(timeZoneId, null, D("2026-03-09"));

        Assert.Equal("America/Sao_Paulo", calendar.TimeZone.Id);
        Assert.Equal(TimeSpan.FromHours(-3), calendar.TimeZone.GetUtcOffset(new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Create_UnknownZone_ThrowsTimeZoneNotFound()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => BusinessCalendar.Create("Mars/Olympus_Mons", null, D("2026-03-09")));
    }

    [Theory]
    [InlineData("2026-03-09", true)]  // Monday
    [InlineData("2026-03-13", true)]  // Friday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-04-21", false)] // Tiradentes (Tuesday)
    [InlineData("2026-11-20", false)] // Consciência Negra (Friday)
    [InlineData("2026-02-17", true)]  // Carnival Tuesday is a ponto facultativo, not a holiday
    [InlineData("2026-06-04", true)]  // Corpus Christi likewise
    public void IsBusinessDay_Date_ReflectsWeekendsAndHolidays(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsBusinessDay(D(date)));
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-11", 2)] // Monday → Wednesday
    [InlineData("2026-03-09", "2026-03-10", 1)] // Monday → Tuesday
    [InlineData("2026-03-06", "2026-03-09", 1)] // Friday → Monday skips the weekend
    [InlineData("2026-03-06", "2026-03-07", 0)] // Friday → Saturday
    [InlineData("2026-03-06", "2026-03-08", 0)] // Friday → Sunday
    [InlineData("2026-03-07", "2026-03-09", 1)] // Saturday → Monday
    [InlineData("2026-03-02", "2026-03-16", 10)] // two whole weeks
    [InlineData("2026-04-20", "2026-04-22", 1)] // Monday → Wednesday over Tiradentes
    [InlineData("2026-04-02", "2026-04-06", 1)] // Thursday → Monday over Good Friday and the weekend
    [InlineData("2026-04-02", "2026-04-03", 0)] // Thursday → Good Friday
    [InlineData("2025-12-31", "2026-12-31", 252)] // 261 weekdays in 2026 minus 9 weekday holidays
    public void BusinessDaysAfter_Range_CountsBusinessDaysAfterFromUpToAndIncludingTo(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.BusinessDaysAfter(D(from), D(to)));
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-09")]
    [InlineData("2026-03-11", "2026-03-09")]
    public void BusinessDaysAfter_ToNotAfterFrom_ReturnsZero(string from, string to)
    {
        Assert.Equal(0, Calendar.BusinessDaysAfter(D(from), D(to)));
    }

    [Fact]
    public void BusinessDaysAfter_AnyRangeIn2025To2027_MatchesDayByDayCount()
    {
        var start = D("2025-11-01");
        for (var offset = 0; offset < 500; offset += 7)
        {
            var from = start.AddDays(offset);
            var expected = 0;
            for (var to = from.AddDays(1); to <= from.AddDays(120); to = to.AddDays(1))
            {
                if (Calendar.IsBusinessDay(to))
                {
                    expected++;
                }

                Assert.Equal(expected, Calendar.BusinessDaysAfter(from, to));
            }
        }
    }

    [Fact]
    public void BusinessDaysAfter_WeekendHoliday_DoesNotReduceCount()
    {
        var calendar = new BusinessCalendar(SaoPaulo, [D("2026-11-15")]); // a Sunday

        Assert.Equal(5, calendar.BusinessDaysAfter(D("2026-11-13"), D("2026-11-20")));
    }

    [Fact]
    public void BusinessDaysAfter_FarApartDates_DoesNotOverflow()
    {
        var calendar = new BusinessCalendar(SaoPaulo, []);

        // 3,652,059 days = 521,722 whole weeks (0001-01-01 is a Monday) plus Monday–Friday,
        // so 2,608,615 weekdays, minus the excluded start day.
        var count = calendar.BusinessDaysAfter(DateOnly.MinValue, DateOnly.MaxValue);

        Assert.Equal(2_608_614, count);
    }

    [Theory]
    [InlineData("2026-03-09", 0, "2026-03-09")]
    [InlineData("2026-03-07", 0, "2026-03-07")] // n = 0 returns from even on a Saturday
    [InlineData("2026-03-09", 2, "2026-03-11")] // Monday + 2 = Wednesday
    [InlineData("2026-03-13", 1, "2026-03-16")] // Friday + 1 = Monday
    [InlineData("2026-03-07", 1, "2026-03-09")] // Saturday + 1 = Monday
    [InlineData("2026-04-17", 2, "2026-04-22")] // Friday + 2 skips the weekend and Tiradentes
    [InlineData("2026-04-02", 1, "2026-04-06")] // Thursday + 1 skips Good Friday and the weekend
    [InlineData("2026-12-23", 3, "2026-12-29")] // over Christmas
    [InlineData("2026-12-31", 1, "2027-01-04")] // over New Year into next year's holidays
    public void AddBusinessDays_Count_ReturnsTheNthBusinessDayAfter(string from, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddBusinessDays(D(from), n));
    }

    [Fact]
    public void AddBusinessDays_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddBusinessDays(D("2026-03-09"), -1));
    }

    [Fact]
    public void AddBusinessDays_AnyStartAndCount_IsConsistentWithBusinessDaysAfter()
    {
        var start = D("2025-12-01");
        for (var offset = 0; offset < 400; offset++)
        {
            var from = start.AddDays(offset);
            for (var n = 1; n <= 25; n++)
            {
                var due = Calendar.AddBusinessDays(from, n);

                Assert.True(Calendar.IsBusinessDay(due));
                Assert.Equal(n, Calendar.BusinessDaysAfter(from, due));
                Assert.Equal(n - 1, Calendar.BusinessDaysAfter(from, due.AddDays(-1)));
            }
        }
    }

    [Theory]
    [InlineData("2026-03-10T02:00:00Z", "2026-03-09")] // 23:00 local the evening before
    [InlineData("2026-03-10T02:59:59Z", "2026-03-09")]
    [InlineData("2026-03-10T03:00:00Z", "2026-03-10")] // local midnight
    [InlineData("2026-03-10T00:30:00+01:00", "2026-03-09")] // offset of the input is irrelevant
    [InlineData("2026-12-31T23:00:00-03:00", "2026-12-31")]
    [InlineData("2027-01-01T02:30:00Z", "2026-12-31")] // New Year's Eve still, locally
    public void DateOf_InstantNearMidnight_ReturnsSaoPauloDate(string instant, string expected)
    {
        Assert.Equal(D(expected), Calendar.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DateOf_UtcCalendar_ReturnsUtcDate()
    {
        var calendar = new BusinessCalendar(TimeZoneInfo.Utc, []);

        Assert.Equal(D("2026-03-10"), calendar.DateOf(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void StartOf_OrdinaryDay_IsLocalMidnightAtMinusThree()
    {
        var start = Calendar.StartOf(D("2026-03-09"));

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(-3)), start);
        Assert.Equal(TimeSpan.FromHours(-3), start.Offset);
        Assert.Equal(new DateTime(2026, 3, 9, 3, 0, 0, DateTimeKind.Utc), start.UtcDateTime);
    }

    [Fact]
    public void StartOf_DaylightSavingStartWhenMidnightWasSkipped_IsWhenClocksJumped()
    {
        // On 2018-11-04 São Paulo clocks went from 23:59:59 (-03:00) straight to 01:00 (-02:00).
        var start = Calendar.StartOf(D("2018-11-04"));

        Assert.Equal(new DateTimeOffset(2018, 11, 4, 1, 0, 0, TimeSpan.FromHours(-2)), start);
        Assert.Equal(TimeSpan.FromHours(-2), start.Offset);
    }

    [Fact]
    public void StartOf_DaylightSavingEnd_UsesTheOffsetInForceAtMidnight()
    {
        // On 2019-02-16 at 24:00 (-02:00) clocks went back to 23:00 (-03:00).
        Assert.Equal(TimeSpan.FromHours(-2), Calendar.StartOf(D("2019-02-16")).Offset);
        Assert.Equal(TimeSpan.FromHours(-3), Calendar.StartOf(D("2019-02-17")).Offset);
    }

    [Fact]
    public void StartOf_AmbiguousMidnight_ReturnsTheEarlierOccurrence()
    {
        // Cuba leaves DST at 01:00 → 00:00, so local midnight on 2024-11-03 happened twice.
        var havana = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Havana"), []);

        var start = havana.StartOf(D("2024-11-03"));

        Assert.Equal(new DateTimeOffset(2024, 11, 3, 0, 0, 0, TimeSpan.FromHours(-4)), start);
    }

    [Fact]
    public void StartOf_AnyDate_IsTheFirstInstantWhoseDateOfIsThatDate()
    {
        for (var date = D("2017-01-01"); date <= D("2027-12-31"); date = date.AddDays(1))
        {
            var start = Calendar.StartOf(date);

            Assert.Equal(date, Calendar.DateOf(start));
            Assert.Equal(date.AddDays(-1), Calendar.DateOf(start.AddTicks(-1)));
        }
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-12", 3)]
    [InlineData("2026-03-12", "2026-03-09", -3)]
    [InlineData("2026-03-09", "2026-03-09", 0)]
    [InlineData("2026-12-30", "2027-01-02", 3)]
    [InlineData("2028-02-28", "2028-03-01", 2)] // leap year
    public void CalendarDaysBetween_TwoDates_ReturnsDayNumberDifference(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.CalendarDaysBetween(D(from), D(to)));
    }
}
