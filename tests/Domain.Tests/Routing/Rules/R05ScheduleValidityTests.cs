using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R5 Schedule validity. Now is Tuesday 2026-03-10 unless a test says otherwise.</summary>
public sealed class R05ScheduleValidityTests
{
    private readonly RoutingWorld _world = new();

    [Fact]
    public void R5_SaleWithContactDueExactly2BusinessDaysAfterCreation_Counts()
    {
        // Created Monday, due Wednesday = 2 (routing-rules.md's own example).
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11"));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(2, assessment.BusinessDays);
        Assert.Equal(2, assessment.CalendarDays);
        Assert.True(assessment.Counts);
        Assert.False(assessment.OutOfRule);
    }

    [Fact]
    public void R5_SaleWithContactDueExactly6BusinessDaysAfterCreation_Counts()
    {
        // Tue 03 → Wed 11 is 6 business days but 8 calendar days, so it needs a manager's validation too.
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-03", "2026-03-11", validated: true));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(6, assessment.BusinessDays);
        Assert.Equal(8, assessment.CalendarDays);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void R5_SaleWithContactDue7BusinessDaysAfterCreation_DoesNotCount(bool validated)
    {
        // Tue 03 → Thu 12 is 7 business days: beyond 2 + 4, validated or not.
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-03", "2026-03-12", validated: validated);

        var assessment = _world.Assess(schedule);

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
        Assert.Equal(7, assessment.BusinessDays);
        Assert.False(assessment.Counts);
        Assert.True(assessment.OutOfRule);
        Assert.False(schedule.IsRemoved);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    public void R5_WithoutContactDue2BusinessDaysAfterCreation_Counts(ScheduleTag tag)
    {
        var assessment = _world.Assess(NewSchedule("s1", tag, "2026-03-09", "2026-03-11"));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(2, assessment.BusinessDays);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    public void R5_WithoutContactDue3BusinessDaysAfterCreation_DoesNotCount_NeverRenewed(ScheduleTag tag)
    {
        var assessment = _world.Assess(NewSchedule("s1", tag, "2026-03-09", "2026-03-12", validated: true));

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
        Assert.Equal(3, assessment.BusinessDays);
        Assert.True(assessment.OutOfRule);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithContact)]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    public void R5_Due2BusinessDaysAcrossWeekend_Counts(ScheduleTag tag)
    {
        // Created Friday 06, due Tuesday 10 (today): Monday and Tuesday are the 2 business days.
        var assessment = _world.Assess(NewSchedule("s1", tag, "2026-03-06", "2026-03-10"));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(2, assessment.BusinessDays);
        Assert.Equal(4, assessment.CalendarDays);
    }

    [Fact]
    public void R5_WithoutContactDue3BusinessDaysAcrossWeekend_DoesNotCount()
    {
        // Created Friday 06, due Wednesday 11: Mon, Tue, Wed = 3.
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithoutContact, "2026-03-06", "2026-03-11"));

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
        Assert.Equal(3, assessment.BusinessDays);
    }

    [Fact]
    public void R5_SaleWithContactDue6BusinessDaysAcrossWeekend_CountsWhenValidated()
    {
        // Created Thursday 05, due Friday 13: Fri, Mon, Tue, Wed, Thu, Fri = 6; 8 calendar days.
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-05", "2026-03-13", validated: true));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(6, assessment.BusinessDays);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    [InlineData(ScheduleTag.SaleWithContact)]
    public void R5_Due2BusinessDaysAcrossGoodFriday_Counts(ScheduleTag tag)
    {
        // Good Friday 2026-04-03 is a holiday: created Thursday 02, due Tuesday 07 is Mon + Tue = 2.
        var world = AtLocal("2026-04-06T10:00");

        var assessment = world.Assess(NewSchedule("s1", tag, "2026-04-02", "2026-04-07"));

        Assert.False(Calendar.IsBusinessDay(D("2026-04-03")));
        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(2, assessment.BusinessDays);
    }

    [Fact]
    public void R5_WithoutContactDueWednesdayAfterGoodFriday_Is3BusinessDays_DoesNotCount()
    {
        var world = AtLocal("2026-04-06T10:00");

        var assessment = world.Assess(NewSchedule("s1", ScheduleTag.SaleWithoutContact, "2026-04-02", "2026-04-08"));

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
        Assert.Equal(3, assessment.BusinessDays);
    }

    [Fact]
    public void R5_SaleWithContactDue6BusinessDaysAcrossTiradentes_Counts()
    {
        // Tiradentes, Tuesday 2026-04-21, is a holiday: created Friday 17, due Tuesday 28 is
        // Mon 20, Wed 22, Thu 23, Fri 24, Mon 27, Tue 28 = 6 (7 without the holiday).
        var world = AtLocal("2026-04-20T10:00");

        var assessment = world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-04-17", "2026-04-28", validated: true));

        Assert.False(Calendar.IsBusinessDay(D("2026-04-21")));
        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(6, assessment.BusinessDays);
    }

    [Fact]
    public void R5_SaleWithContactDue7BusinessDaysAcrossTiradentes_DoesNotCount()
    {
        var world = AtLocal("2026-04-20T10:00");

        var assessment = world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-04-17", "2026-04-29", validated: true));

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
        Assert.Equal(7, assessment.BusinessDays);
    }

    [Theory]
    [InlineData(true, ScheduleStanding.Counts)]
    [InlineData(false, ScheduleStanding.NeedsValidation)]
    public void R5_DueMoreThan7CalendarDaysAfterCreation_CountsOnlyIfValidated(bool validated, ScheduleStanding expected)
    {
        // Tue 03 → Wed 11: 6 business days (within limit), 8 calendar days.
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-03", "2026-03-11", validated: validated));

        Assert.Equal(8, assessment.CalendarDays);
        Assert.Equal(expected, assessment.Standing);
        Assert.Equal(!validated, assessment.OutOfRule);
    }

    [Fact]
    public void R5_DueExactly7CalendarDaysAfterCreation_DoesNotNeedValidation()
    {
        // Tue 03 → Tue 10: 5 business days, exactly 7 calendar days, not validated.
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-03", "2026-03-10"));

        Assert.Equal(7, assessment.CalendarDays);
        Assert.Equal(5, assessment.BusinessDays);
        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
    }

    [Fact]
    public void R5_DueToday_StillCounts()
    {
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-06", "2026-03-10"));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
    }

    [Fact]
    public void R5_DueToday_LateEveningInSaoPaulo_StillCounts()
    {
        // 23:30 in São Paulo is already Wednesday 02:30 UTC: due dates compare in the configured zone.
        var world = AtLocal("2026-03-10T23:30");

        var assessment = world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-06", "2026-03-10"));

        Assert.Equal(D("2026-03-11"), DateOnly.FromDateTime(world.Now.UtcDateTime));
        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
    }

    [Fact]
    public void R5_DueYesterday_IsExpired()
    {
        // Created Thursday 05, due Monday 09 (2 business days): it was valid, but now is Tuesday 10.
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-05", "2026-03-09");

        var assessment = _world.Assess(schedule);

        Assert.Equal(ScheduleStanding.Expired, assessment.Standing);
        Assert.False(assessment.Counts);
        Assert.False(assessment.OutOfRule);
        Assert.False(schedule.IsRemoved);
    }

    [Theory]
    [InlineData(ScheduleTag.Onboarding)]
    [InlineData(ScheduleTag.Support)]
    public void R5_OnboardingAndSupportSchedules_NeverCountForSales(ScheduleTag tag)
    {
        var assessment = _world.Assess(NewSchedule("s1", tag, "2026-03-09", "2026-03-11", validated: true));

        Assert.Equal(ScheduleStanding.NotForSales, assessment.Standing);
        Assert.False(assessment.Counts);
    }

    [Theory]
    [InlineData(ScheduleTag.Onboarding)]
    [InlineData(ScheduleTag.Support)]
    public void R5_OnboardingAndSupportSchedules_DoNotRedirectASale(ScheduleTag tag)
    {
        _world.AddAgent("ana");
        _world.AddCustomer();
        _world.AddSchedule("s1", tag, "2026-03-09", "2026-03-11", owner: "ana");

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.DoesNotContain(RuleIds.R6, decision.RuleIds);
        Assert.DoesNotContain(RuleIds.R5, decision.RuleIds);
        _world.AssertExplained(decision, RuleIds.R7);
    }

    [Fact]
    public void R5_RemovedSchedule_DoesNotCount()
    {
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11");
        schedule.Remove("ana", "closed", RoutingWorld.DefaultNow);

        Assert.Equal(ScheduleStanding.Removed, _world.Assess(schedule).Standing);
    }

    [Fact]
    public void R5_ExpiredScheduleOfAvailableOwner_IsIgnored_BotSellsAndDecisionSaysWhy()
    {
        _world.AddAgent("ana");
        _world.AddCustomer();
        _world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-05", "2026-03-09", owner: "ana");

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("s1:Expired", decision.Facts["ignoredSchedules"]);
        Assert.DoesNotContain(RuleIds.R6, decision.RuleIds);
        _world.AssertExplained(decision, RuleIds.R5, RuleIds.R7);
    }

    [Fact]
    public void R5_UnvalidatedLongSchedule_IsIgnoredForRouting_NotDeleted()
    {
        _world.AddAgent("ana");
        _world.AddCustomer();
        var schedule = _world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-05", "2026-03-13", owner: "ana");

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("s1:NeedsValidation", decision.Facts["ignoredSchedules"]);
        Assert.False(schedule.IsRemoved);
        _world.AssertExplained(decision, RuleIds.R5, RuleIds.R7);
    }

    [Fact]
    public void R5_OutOfRule_ListsOnlySchedulesBreakingTheLimits()
    {
        Schedule[] schedules =
        [
            NewSchedule("ok", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11"),
            NewSchedule("expired", ScheduleTag.SaleWithContact, "2026-03-05", "2026-03-09"),
            NewSchedule("too-long", ScheduleTag.SaleWithoutContact, "2026-03-09", "2026-03-12"),
            NewSchedule("unvalidated", ScheduleTag.SaleWithContact, "2026-03-03", "2026-03-11"),
            NewSchedule("onboarding", ScheduleTag.Onboarding, "2026-03-01", "2026-04-30"),
        ];

        var outOfRule = R05ScheduleValidity.OutOfRule(schedules, Calendar, RoutingParameters.Default, RoutingWorld.DefaultNow);

        Assert.Equal(["too-long", "unvalidated"], outOfRule.Select(a => a.Schedule.Id));
    }

    [Fact]
    public void R5_DueBeforeCreation_IsOutOfRule()
    {
        var assessment = _world.Assess(NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-11", "2026-03-10"));

        Assert.Equal(ScheduleStanding.BeyondBusinessDayLimit, assessment.Standing);
    }

    [Fact]
    public void R5_LimitsComeFromParameters()
    {
        var world = new RoutingWorld().WithParameter("withoutContactMaxBusinessDays", "3");

        var assessment = world.Assess(NewSchedule("s1", ScheduleTag.SaleWithoutContact, "2026-03-09", "2026-03-12"));

        Assert.Equal(ScheduleStanding.Counts, assessment.Standing);
        Assert.Equal(3, assessment.BusinessDays);
    }
}
