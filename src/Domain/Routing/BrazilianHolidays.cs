namespace ContactCentre.Domain.Routing;

/// <summary>
/// Brazilian <em>national</em> public holidays (feriados nacionais) as defined by
/// Lei 662/1949, Lei 6.802/1980 (Nossa Senhora Aparecida) and Lei 14.759/2023 (Consciência Negra).
/// </summary>
/// <remarks>
/// Only holidays that are binding nationwide are listed, because service-level deadlines must not
/// depend on where the customer or the agent happens to be. In particular:
/// <list type="bullet">
/// <item>Carnival (Monday/Tuesday) and Corpus Christi are <em>pontos facultativos</em>, not national
/// holidays: federal decrees let public offices close, but no federal law makes them holidays, and
/// states/municipalities decide locally. Treating them as holidays would silently stretch SLAs.</item>
/// <item>State and municipal holidays (e.g. 9 July in São Paulo state, 20 January in Rio city) are
/// out of scope; callers add them to <see cref="BusinessCalendar"/> explicitly.</item>
/// </list>
/// </remarks>
public static class BrazilianHolidays
{
    /// <summary>First year of the Gregorian computus the Easter algorithm is valid for.</summary>
    private const int FirstSupportedYear = 1583;

    /// <summary>Lei 14.759/2023 made Consciência Negra (20 November) national starting with 2024.</summary>
    private const int FirstYearOfNationalConscienciaNegra = 2024;

    /// <summary>
    /// Returns the national holidays of <paramref name="year"/>, sorted ascending.
    /// </summary>
    /// <param name="year">A Gregorian year between 1583 and 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1583–9999.</exception>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        var holidays = new List<DateOnly>(capacity: 10)
        {
            new(year, 1, 1),                  // Confraternização Universal
            EasterSunday(year).AddDays(-2),   // Sexta-feira Santa (Paixão de Cristo)
            new(year, 4, 21),                 // Tiradentes
            new(year, 5, 1),                  // Dia do Trabalho
            new(year, 9, 7),                  // Independência
            new(year, 10, 12),                // Nossa Senhora Aparecida
            new(year, 11, 2),                 // Finados
            new(year, 11, 15),                // Proclamação da República
        };

        if (year >= FirstYearOfNationalConscienciaNegra)
        {
            holidays.Add(new DateOnly(year, 11, 20)); // Dia Nacional de Zumbi e da Consciência Negra
        }

        holidays.Add(new DateOnly(year, 12, 25)); // Natal

        // Good Friday moves between 20 March and 23 April, so it can fall after Tiradentes
        // (22 April 2011) or even on it (21 April 2000): sort and de-duplicate instead of
        // relying on insertion order.
        return holidays.Distinct().Order().ToList().AsReadOnly();
    }

    /// <summary>
    /// Returns the national holidays of all the given years, de-duplicated and sorted ascending.
    /// </summary>
    /// <param name="years">Gregorian years between 1583 and 9999; repeated years are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1583–9999.</exception>
    public static IReadOnlyList<DateOnly> ForYears(params int[] years)
    {
        ArgumentNullException.ThrowIfNull(years);

        return years
            .Distinct()
            .Order()
            .SelectMany(For)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>
    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), which is exact
    /// for every Gregorian year and needs no lookup table.
    /// </summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
