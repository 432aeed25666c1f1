using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R9 Another product: a schedule for another product does not redirect, and stays with its owner.</summary>
public sealed class R09AnotherProductTests
{
    [Fact]
    public void R9_ScheduleForAnotherProduct_BotSells_ScheduleUntouched()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer();
        var schedule = world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");

        var decision = world.Decide(RequestKind.Buy, "P2");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("s1", decision.Facts["otherProductSchedules"]);
        Assert.Equal("P2", decision.Facts["product"]);
        Assert.DoesNotContain(RuleIds.R6, decision.RuleIds);
        Assert.Equal("P2", decision.FollowUp?.ProductCode);
        world.AssertExplained(decision, RuleIds.R9, RuleIds.R7);

        Assert.Equal(ScheduleOwner.OfAgent("ana"), schedule.Owner);
        Assert.Equal(RoutingWorld.D("2026-03-11"), schedule.Due);
        Assert.Equal("P1", schedule.ProductCode);
        Assert.False(schedule.IsRemoved);
    }

    [Fact]
    public void R9_ScheduleForAnotherProduct_OwnerAbsent_StillBotSells()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana", AgentStatus.Absent);
        world.AddCustomer();
        world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");

        var decision = world.Decide(RequestKind.PriceRequest, "P2");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        world.AssertExplained(decision, RuleIds.R9, RuleIds.R7);
    }

    [Fact]
    public void R9_SchedulesForBothProducts_TheRequestedProductsOwnerGetsIt()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddAgent("bruno");
        world.AddCustomer();
        world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");
        world.AddSchedule("s2", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "bruno", product: "P2");

        var decision = world.Decide(RequestKind.Buy, "P2");

        Assert.Equal(RoutingTarget.ToAgent("bruno"), decision.Target);
        Assert.Equal("s2", decision.Facts["schedule"]);
    }
}
