using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Sales;
using ContactCentre.Domain.Scheduling;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R14 Absent owner: who attends when the responsible salesperson is away, and who earns the commission.</summary>
public sealed class R14AbsentOwnerTests
{
    private static Agent Responsible(AgentStatus status) => new() { Id = "ana", Name = "Ana", Team = Team.Sales, Status = status };

    [Theory]
    [InlineData(AgentStatus.Available)]
    [InlineData(AgentStatus.Absent)]
    [InlineData(AgentStatus.Vacation)]
    public void R14_SaleClosedByTheBot_CarriesNoPersonalCommission(AgentStatus responsibleStatus)
    {
        Schedule[] schedules = [NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "carla", product: "P1")];

        var commission = R14AbsentOwner.Commission(Sale.Bot, "P1", Responsible(responsibleStatus), schedules);

        Assert.Equal("bot", commission.Beneficiary);
        Assert.Equal(RuleIds.R14, commission.RuleId);
    }

    [Fact]
    public void R14_ResponsibleOnVacation_CommissionToWhoeverClosed()
    {
        Schedule[] schedules = [NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "carla", product: "P1")];

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(AgentStatus.Vacation), schedules);

        Assert.Equal("bruno", commission.Beneficiary);
        Assert.Equal(RuleIds.R14, commission.RuleId);
    }

    [Fact]
    public void R14_ResponsibleAbsent_CommissionToOwnerOfTheCustomersSalesScheduleForThatProduct()
    {
        Schedule[] schedules =
        [
            NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "carla", product: "P1"),
            NewSchedule("s2", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "dora", product: "P2"),
            NewSchedule("s3", ScheduleTag.Onboarding, "2026-03-10", "2026-03-20", owner: "edu", product: "P1"),
        ];

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(AgentStatus.Absent), schedules);

        Assert.Equal("carla", commission.Beneficiary);
        Assert.Equal(RuleIds.R14, commission.RuleId);
    }

    [Fact]
    public void R14_ResponsibleAbsent_TwoSchedulesForTheProduct_CommissionToTheFirstNegotiator()
    {
        Schedule[] schedules =
        [
            NewSchedule("later", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "dora", product: "P1"),
            NewSchedule("first", ScheduleTag.SaleWithoutContact, "2026-03-05", "2026-03-09", owner: "carla", product: "P1"),
        ];

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(AgentStatus.Absent), schedules);

        Assert.Equal("carla", commission.Beneficiary);
    }

    [Fact]
    public void R14_ResponsibleAbsent_ScheduleAlreadyClosedByTheSale_StillNamesItsOwner()
    {
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "carla", product: "P1");
        R10SaleClosesSchedule.Apply([schedule], "P1", "bruno", DefaultNow);

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(AgentStatus.Absent), [schedule]);

        Assert.Equal("carla", commission.Beneficiary);
    }

    [Fact]
    public void R14_ResponsibleAbsent_NoAgentScheduleForThatProduct_CommissionToResponsibleSalesperson()
    {
        Schedule[] schedules =
        [
            NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "dora", product: "P2"),
            NewSchedule("s2", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: null, team: Team.Sales, product: "P1"),
        ];

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(AgentStatus.Absent), schedules);

        Assert.Equal("ana", commission.Beneficiary);
    }

    [Theory]
    [InlineData(AgentStatus.Available)]
    [InlineData(AgentStatus.Busy)]
    [InlineData(AgentStatus.Offline)]
    public void R14_ResponsibleNotAway_CommissionToWhoeverClosed(AgentStatus status)
    {
        Schedule[] schedules = [NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "carla", product: "P1")];

        var commission = R14AbsentOwner.Commission("bruno", "P1", Responsible(status), schedules);

        Assert.Equal("bruno", commission.Beneficiary);
        Assert.Equal(RuleIds.R14, commission.RuleId);
    }

    [Fact]
    public void R14_NoResponsibleSalesperson_CommissionToWhoeverClosed()
    {
        var commission = R14AbsentOwner.Commission("bruno", "P1", null, []);

        Assert.Equal("bruno", commission.Beneficiary);
    }

    [Theory]
    [InlineData(AgentStatus.Absent, "absent")]
    [InlineData(AgentStatus.Vacation, "vacation")]
    public void R14_ResponsibleSalespersonAway_BotAttendsAndMaySell(AgentStatus status, string wire)
    {
        var world = new RoutingWorld();
        world.AddAgent("ana", status);
        world.AddCustomer(owner: "ana");

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.NotNull(decision.FollowUp);
        Assert.Equal("ana", decision.Facts["responsibleSalesperson"]);
        Assert.Equal(wire, decision.Facts["responsibleStatus"]);
        world.AssertExplained(decision, RuleIds.R14, RuleIds.R7);
    }

    [Fact]
    public void R14_ResponsibleSalespersonAvailable_DoesNotFire()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer(owner: "ana");

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.DoesNotContain(RuleIds.R14, decision.RuleIds);
        Assert.False(decision.Facts.ContainsKey("responsibleSalesperson"));
    }
}
