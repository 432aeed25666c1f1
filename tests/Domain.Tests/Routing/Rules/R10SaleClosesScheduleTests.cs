using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R10 Sale closes the schedule: the product's sales schedules are removed, recording who.</summary>
public sealed class R10SaleClosesScheduleTests
{
    private static readonly DateTimeOffset Now = RoutingWorld.DefaultNow;

    [Fact]
    public void R10_CompletedSale_RemovesOnlyThatProductsSalesSchedules_RecordingWho()
    {
        var withContact = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");
        var withoutContact = NewSchedule("s2", ScheduleTag.SaleWithoutContact, "2026-03-09", "2026-03-11", owner: null, team: Team.Sales, product: "P1");
        var otherProduct = NewSchedule("s3", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "bruno", product: "P2");
        var onboarding = NewSchedule("s4", ScheduleTag.Onboarding, "2026-03-09", "2026-03-20", owner: "dora", product: "P1");

        var removed = R10SaleClosesSchedule.Apply([withContact, withoutContact, otherProduct, onboarding], "P1", "carla", Now);

        Assert.Equal(["s1", "s2"], removed.Select(s => s.Id));
        Assert.True(withContact.IsRemoved);
        Assert.Equal("carla", withContact.RemovedBy);
        Assert.Equal(Now, withContact.RemovedAt);
        Assert.StartsWith("R10", withContact.RemovedReason, StringComparison.Ordinal);
        Assert.Equal("carla", withoutContact.RemovedBy);

        Assert.False(otherProduct.IsRemoved);
        Assert.Null(otherProduct.RemovedBy);
        Assert.Equal(ScheduleOwner.OfAgent("bruno"), otherProduct.Owner);
        Assert.False(onboarding.IsRemoved);
    }

    [Fact]
    public void R10_SaleClosedByTheBot_RecordsTheBotAsRemover()
    {
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", product: "P1");

        R10SaleClosesSchedule.Apply([schedule], "p1", "bot", Now);

        Assert.Equal("bot", schedule.RemovedBy);
    }

    [Fact]
    public void R10_AlreadyRemovedSchedule_KeepsItsFirstRemoval()
    {
        var schedule = NewSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", product: "P1");
        var earlier = Now.AddDays(-1);
        schedule.Remove("ana", "manual", earlier);

        var removed = R10SaleClosesSchedule.Apply([schedule], "P1", "carla", Now);

        Assert.Empty(removed);
        Assert.Equal("ana", schedule.RemovedBy);
        Assert.Equal(earlier, schedule.RemovedAt);
    }

    [Fact]
    public void R10_AfterTheSale_TheRemovedScheduleNoLongerRedirects()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer();
        var schedule = world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");
        Assert.Equal(RoutingTarget.ToAgent("ana"), world.Decide(RequestKind.Buy, "P1").Target);

        R10SaleClosesSchedule.Apply([schedule], "P1", "ana", world.Now);
        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.DoesNotContain(RuleIds.R6, decision.RuleIds);
        Assert.DoesNotContain(RuleIds.R5, decision.RuleIds);
    }
}
