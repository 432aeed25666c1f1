using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Tests.Routing;

public sealed class BrazilianHolidaysTests
{
    [Fact]
    public void For_2026_ReturnsTheTenNationalHolidaysInOrder()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1),
            new(2026, 4, 3),   // Good Friday (Easter 2026-04-05)
            new(2026, 4, 21),
            new(2026, 5, 1),
            new(2026, 9, 7),
            new(2026, 10, 12),
            new(2026, 11, 2),
            new(2026, 11, 15),
            new(2026, 11, 20),
            new(2026, 12, 25),
        ];

        Assert.Equal(expected, BrazilianHolidays.For(2026));
    }

    [Fact]
    public void For_2023_OmitsConscienciaNegraBecauseItBecameNationalIn2024()
    {
        var holidays = BrazilianHolidays.For(2023);

        Assert.DoesNotContain(new DateOnly(2023, 11, 20), holidays);
        Assert.Equal(9, holidays.Count);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2030)]
    public void For_2024OrLater_IncludesConscienciaNegra(int year)
    {
        Assert.Contains(new DateOnly(year, 11, 20), BrazilianHolidays.For(year));
    }

    [Theory]
    [InlineData(1818, 3, 20)] // earliest possible Easter (22 March)
    [InlineData(2008, 3, 21)]
    [InlineData(2011, 4, 22)] // after Tiradentes
    [InlineData(2019, 4, 19)]
    [InlineData(2024, 3, 29)]
    [InlineData(2025, 4, 18)]
    [InlineData(2026, 4, 3)]
    [InlineData(2027, 3, 26)]
    [InlineData(2038, 4, 23)] // latest possible Easter (25 April)
    public void For_KnownYear_IncludesGoodFridayTwoDaysBeforeEaster(int year, int month, int day)
    {
        var goodFriday = new DateOnly(year, month, day);

        Assert.Equal(DayOfWeek.Friday, goodFriday.DayOfWeek);
        Assert.Contains(goodFriday, BrazilianHolidays.For(year));
    }

    [Fact]
    public void For_2000WhenGoodFridayFellOnTiradentes_ListsTheDateOnce()
    {
        var holidays = BrazilianHolidays.For(2000);

        Assert.Single(holidays, d => d == new DateOnly(2000, 4, 21));
        Assert.Equal(8, holidays.Count);
    }

    [Theory]
    [InlineData(2026, 2, 16)] // Carnival Monday
    [InlineData(2026, 2, 17)] // Carnival Tuesday
    [InlineData(2026, 2, 18)] // Ash Wednesday
    [InlineData(2026, 6, 4)]  // Corpus Christi
    [InlineData(2026, 7, 9)]  // São Paulo state holiday, not national
    public void For_OptionalOrRegionalDay_IsNotANationalHoliday(int year, int month, int day)
    {
        Assert.DoesNotContain(new DateOnly(year, month, day), BrazilianHolidays.For(year));
    }

    [Fact]
    public void For_EveryYearFrom1990To2100_IsSortedDistinctAndWithinTheYear()
    {
        for (var year = 1990; year <= 2100; year++)
        {
            var holidays = BrazilianHolidays.For(year);

            Assert.All(holidays, d => Assert.Equal(year, d.Year));
            Assert.Equal(holidays.Order(), holidays);
            Assert.Equal(holidays.Count, holidays.Distinct().Count());
            Assert.Contains(holidays, d => d.DayOfWeek == DayOfWeek.Friday && d.Month is 3 or 4);
        }
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void For_YearOutsideGregorianRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BrazilianHolidays.For(year));
    }

    [Fact]
    public void For_ReturnedList_CannotBeModified()
    {
        var holidays = (IList<DateOnly>)BrazilianHolidays.For(2026);

        Assert.Throws<NotSupportedException>(() => holidays.Add(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void ForYears_TwoYears_ReturnsBothYearsSorted()
    {
        var holidays = BrazilianHolidays.ForYears(2027, 2026);

        Assert.Equal(BrazilianHolidays.For(2026).Concat(BrazilianHolidays.For(2027)), holidays);
        Assert.Equal(20, holidays.Count);
    }

    [Fact]
    public void ForYears_RepeatedYear_IsIncludedOnce()
    {
        Assert.Equal(BrazilianHolidays.For(2026), BrazilianHolidays.ForYears(2026, 2026));
    }

    [Fact]
    public void ForYears_NoYears_ReturnsEmpty()
    {
        Assert.Empty(BrazilianHolidays.ForYears());
    }

    [Fact]
    public void ForYears_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BrazilianHolidays.ForYears(null!));
    }

    [Fact]
    public void ForYears_InvalidYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BrazilianHolidays.ForYears(2026, 1500));
    }
}
