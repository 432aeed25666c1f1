using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>The rule parameters: defaults as routing-rules.md states them, and parsing of manager edits.</summary>
public sealed class RoutingParametersTests
{
    private static RoutingParameters With(string name, string value) =>
        RoutingParameters.Default.With([new KeyValuePair<string, string>(name, value)]);

    [Fact]
    public void R6_DefaultOfferTimeout_Is120Seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RoutingParameters.Default.OfferTimeout);
    }

    [Fact]
    public void R5_DefaultLimits_Are6And2BusinessDaysAnd7CalendarDays()
    {
        Assert.Equal(6, RoutingParameters.Default.SaleWithContactMaxBusinessDays);
        Assert.Equal(2, RoutingParameters.Default.WithoutContactMaxBusinessDays);
        Assert.Equal(7, RoutingParameters.Default.ValidationBeyondCalendarDays);
    }

    [Fact]
    public void R7_DefaultFollowUp_Is2BusinessDays()
    {
        Assert.Equal(2, RoutingParameters.Default.SaleWithContactBusinessDays);
    }

    [Fact]
    public void R11_DefaultWindow_Is15Days()
    {
        Assert.Equal(15, RoutingParameters.Default.ManualInactivationDays);
    }

    [Fact]
    public void R13_DefaultWaiverAge_Is1Year()
    {
        Assert.Equal(1, RoutingParameters.Default.DebtWaiverYears);
    }

    [Fact]
    public void R5_R6_R7_R11_R13_ParameterTable_ReadsBackItsDefaults()
    {
        var expected = new Dictionary<string, string>
        {
            ["offerTimeout"] = "120",
            ["saleWithContactBusinessDays"] = "2",
            ["saleWithContactMaxBusinessDays"] = "6",
            ["withoutContactMaxBusinessDays"] = "2",
            ["validationBeyondCalendarDays"] = "7",
            ["manualInactivationDays"] = "15",
            ["debtWaiverYears"] = "1",
            ["maxConcurrentConversations"] = "3",
        };

        Assert.Equal(expected, RoutingParameters.Default.ToDictionary());
        Assert.All(RoutingParameters.Definitions, d => Assert.Equal(d.Default, d.Read(RoutingParameters.Default)));
    }

    [Theory]
    [InlineData("60s", 60)]
    [InlineData("2m", 120)]
    [InlineData("120", 120)]
    [InlineData("90", 90)]
    [InlineData(" 45S ", 45)]
    [InlineData("00:01:30", 90)]
    public void R6_OfferTimeout_ParsesSecondsMinutesAndBareNumbers(string text, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), With("offerTimeout", text).OfferTimeout);
    }

    [Fact]
    public void R6_ParameterNames_AreCaseInsensitive()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), With("OfferTimeout", "30s").OfferTimeout);
    }

    [Fact]
    public void R11_With_ChangesOnlyTheNamedParameter_AndLeavesTheOriginalAlone()
    {
        var changed = With("manualInactivationDays", "20");

        Assert.Equal(20, changed.ManualInactivationDays);
        Assert.Equal(15, RoutingParameters.Default.ManualInactivationDays);
        Assert.Equal(RoutingParameters.Default with { ManualInactivationDays = 20 }, changed);
    }

    [Fact]
    public void R13_UnknownParameterName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => With("debtWaiverMonths", "12"));

        Assert.Contains("debtWaiverMonths", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offerTimeout", "soon")]
    [InlineData("offerTimeout", "5x")]
    [InlineData("offerTimeout", "-5")]
    [InlineData("offerTimeout", "")]
    [InlineData("offerTimeout", "1e300")]
    [InlineData("offerTimeout", "Infinity")]
    [InlineData("offerTimeout", "99999999999d")]
    [InlineData("manualInactivationDays", "fifteen")]
    [InlineData("manualInactivationDays", "-1")]
    [InlineData("debtWaiverYears", "0")]
    [InlineData("saleWithContactMaxBusinessDays", "6.5")]
    public void R6_R11_R13_BadValue_ThrowsNamingTheParameter(string name, string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => With(name, value));

        Assert.Equal(name, ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
    }
}
