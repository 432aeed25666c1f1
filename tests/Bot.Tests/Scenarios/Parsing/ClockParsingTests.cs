using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>Dates are ISO 8601; without offset they are read in the configured zone, a date alone is 00:00.</summary>
public sealed class ClockParsingTests
{
    private static DateTimeOffset Now(string now, TimeZoneInfo zone) =>
        ScenarioParser.Parse($"name: clock\nnow: {now}\nturns:\n  - wait: 1m\n", "clock.yaml", zone).Scenarios[0].Now;

    [Fact]
    public void Now_with_offset_keeps_its_offset()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero), Now("2026-03-10T13:00:00Z", ScenarioTestData.SaoPaulo));
        Assert.Equal(TimeSpan.FromHours(2), Now("2026-03-10T13:00:00+02:00", ScenarioTestData.SaoPaulo).Offset);
    }

    [Fact]
    public void Now_without_offset_is_local_time_in_the_given_zone()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3)), Now("2026-03-10T10:00:00", ScenarioTestData.SaoPaulo));

        var plusFive = TimeZoneInfo.CreateCustomTimeZone("test+5", TimeSpan.FromHours(5), "test+5", "test+5");
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(5)), Now("2026-03-10T10:00", plusFive));
    }

    [Fact]
    public void Now_as_a_date_means_midnight_in_the_zone()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(-3)), Now("2026-03-10", ScenarioTestData.SaoPaulo));
    }

    [Fact]
    public void Default_zone_is_sao_paulo()
    {
        var now = ScenarioParser.Parse("name: clock\nnow: 2026-03-10\nturns:\n  - wait: 1m\n", "clock.yaml").Scenarios[0].Now;

        Assert.Equal(TimeSpan.FromHours(-3), now.Offset);
    }
}
