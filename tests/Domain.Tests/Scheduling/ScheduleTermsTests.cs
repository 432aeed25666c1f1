using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using ContactCentre.Domain.Tests.Routing.Rules;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Scheduling;

/// <summary>R5's limits when people create or renew schedules. Dates in March 2026 (no holidays): Mon 09, Tue 10 … Mon 16.</summary>
public sealed class ScheduleTermsTests
{
    private static readonly RoutingParameters Parameters = RoutingParameters.Default;
    private static readonly BusinessCalendar Calendar = RoutingWorld.Calendar;

    private static ScheduleTermVerdict New(ScheduleTag tag, string created, string due, bool manager = false) =>
        ScheduleTerms.CheckNew(tag, D(created), D(due), manager, Calendar, Parameters);

    private static Schedule Existing(ScheduleTag tag, string created, string due) => new()
    {
        Id = "s1", CustomerId = "c1", Owner = ScheduleOwner.OfAgent("ana"), Tag = tag, Created = D(created), Due = D(due),
    };

    [Fact]
    public void R5_NewSaleWithContactDueIn2BusinessDays_IsAllowed()
    {
        var verdict = New(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11");

        Assert.True(verdict.Allowed);
        Assert.False(verdict.Validated);
    }

    [Fact]
    public void R5_NewSaleWithContactDueIn3BusinessDays_IsRefusedNamingSaleWithContactBusinessDays()
    {
        var verdict = New(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-12");

        Assert.False(verdict.Allowed);
        Assert.Equal("saleWithContactBusinessDays", verdict.Limit);
        Assert.Contains("no máximo 2 dias úteis", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    public void R5_NewWithoutContactBeyond2BusinessDays_IsRefusedNamingWithoutContactMaxBusinessDays(ScheduleTag tag)
    {
        var verdict = New(tag, "2026-03-09", "2026-03-12");

        Assert.False(verdict.Allowed);
        Assert.Equal("withoutContactMaxBusinessDays", verdict.Limit);
    }

    [Fact]
    public void R5_OnboardingBeyond7CalendarDays_NeedsAManager()
    {
        Assert.Equal("validationBeyondCalendarDays", New(ScheduleTag.Onboarding, "2026-03-09", "2026-03-20").Limit);

        var byManager = New(ScheduleTag.Onboarding, "2026-03-09", "2026-03-20", manager: true);
        Assert.True(byManager.Allowed);
        Assert.True(byManager.Validated);
    }

    [Fact]
    public void R5_DueBeforeCreation_IsRefused()
    {
        Assert.Equal("due", New(ScheduleTag.Support, "2026-03-09", "2026-03-06").Limit);
    }

    [Fact]
    public void R5_RenewalUpTo6BusinessDaysWithin7CalendarDays_IsAllowedForAnAgent()
    {
        // Created Mon 09, due Wed 11; renewed to Mon 16 = 5 business days, 7 calendar days.
        var verdict = ScheduleTerms.CheckRenewal(Existing(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11"), D("2026-03-16"), false, D("2026-03-10"), Calendar, Parameters);

        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void R5_RenewalTo6BusinessDaysSpanningAWeekend_NeedsTheManagersValidation()
    {
        // Created Mon 09 + 6 business days = Tue 17, 8 calendar days: "a renewal that spans a weekend needs validation, on purpose".
        var schedule = Existing(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11");
        var due = ScheduleTerms.DefaultRenewalDue(schedule, Calendar, Parameters);
        Assert.Equal(D("2026-03-17"), due);

        var byAgent = ScheduleTerms.CheckRenewal(schedule, due, false, D("2026-03-10"), Calendar, Parameters);
        Assert.Equal("validationBeyondCalendarDays", byAgent.Limit);

        var byManager = ScheduleTerms.CheckRenewal(schedule, due, true, D("2026-03-10"), Calendar, Parameters);
        Assert.True(byManager.Allowed);
        Assert.True(byManager.Validated);
    }

    [Fact]
    public void R5_RenewalBeyond6BusinessDays_IsRefusedNamingSaleWithContactMaxBusinessDays()
    {
        var verdict = ScheduleTerms.CheckRenewal(Existing(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11"), D("2026-03-18"), true, D("2026-03-10"), Calendar, Parameters);

        Assert.False(verdict.Allowed);
        Assert.Equal("saleWithContactMaxBusinessDays", verdict.Limit);
    }

    [Fact]
    public void R5_SecondRenewal_IsRefused()
    {
        var renewed = Existing(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-13");

        var verdict = ScheduleTerms.CheckRenewal(renewed, D("2026-03-16"), true, D("2026-03-10"), Calendar, Parameters);

        Assert.False(verdict.Allowed);
        Assert.Contains("já foi renovado", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R5_WithoutContactSchedule_IsNeverRenewed()
    {
        var verdict = ScheduleTerms.CheckRenewal(Existing(ScheduleTag.SaleWithoutContact, "2026-03-09", "2026-03-11"), D("2026-03-12"), true, D("2026-03-10"), Calendar, Parameters);

        Assert.Equal("withoutContactMaxBusinessDays", verdict.Limit);
    }

    [Fact]
    public void R5_ExpiredSchedule_IsNotRenewed()
    {
        var verdict = ScheduleTerms.CheckRenewal(Existing(ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11"), D("2026-03-16"), true, D("2026-03-12"), Calendar, Parameters);

        Assert.False(verdict.Allowed);
        Assert.Contains("venceu", verdict.Message, StringComparison.Ordinal);
    }
}
