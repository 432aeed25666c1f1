using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R7 Inbound sale, step 2: no redirecting schedule, the bot sells and schedules a follow-up.</summary>
public sealed class R07BotSellsTests
{
    [Fact]
    public void R7_KnownCustomerWithoutSchedule_BotSellsAndCreatesFollowUpOwnedBySalesQueueIn2BusinessDays()
    {
        var world = new RoutingWorld(); // Tuesday 2026-03-10
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.False(decision.IsHandoff);
        Assert.Equal("sale", decision.Reason);
        Assert.Equal(InteractionReason.Sale, decision.InteractionReason);
        Assert.Equal(
            new ScheduleDraft(ScheduleTag.SaleWithContact, ScheduleOwner.OfTeam(Team.Sales), "P1", D("2026-03-10"), D("2026-03-12")),
            decision.FollowUp);
        Assert.Equal("2026-03-12", decision.Facts["followUpDue"]);
        Assert.False(decision.AskForContact);
        world.AssertExplained(decision, RuleIds.R7);
    }

    [Fact]
    public void R7_PriceRequestOnThursday_FollowUpDueMonday()
    {
        var world = AtLocal("2026-03-12T15:00"); // Thursday: Friday 13 and Monday 16
        world.AddCustomer();

        var decision = world.Decide(RequestKind.PriceRequest, "P1");

        Assert.Equal("price-request", decision.Reason);
        Assert.Equal(InteractionReason.PriceRequest, decision.InteractionReason);
        Assert.Equal(D("2026-03-12"), decision.FollowUp?.Created);
        Assert.Equal(D("2026-03-16"), decision.FollowUp?.Due);
    }

    [Fact]
    public void R7_FollowUpCreatedOnThursdayLateEvening_CountsFromTheLocalDate()
    {
        // 22:30 in São Paulo is already Friday in UTC; the local date (Thursday) is the creation day.
        var world = AtLocal("2026-03-12T22:30");
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(D("2026-03-12"), decision.FollowUp?.Created);
        Assert.Equal(D("2026-03-16"), decision.FollowUp?.Due);
    }

    [Fact]
    public void R7_FollowUpCreatedBeforeGoodFriday_SkipsTheHoliday()
    {
        var world = AtLocal("2026-04-02T10:00"); // Thursday; Friday 03 is Good Friday
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(D("2026-04-07"), decision.FollowUp?.Due);
    }

    [Fact]
    public void R7_FollowUpItCreates_CountsUnderR5()
    {
        var world = AtLocal("2026-03-12T15:00");
        world.AddCustomer();
        var draft = world.Decide(RequestKind.Buy, "P1").FollowUp!;

        var schedule = new Schedule
        {
            Id = "f1", CustomerId = "c1", Owner = draft.Owner, Tag = draft.Tag, ProductCode = draft.ProductCode,
            Created = draft.Created, Due = draft.Due,
        };

        Assert.True(world.Assess(schedule).Counts);
    }

    [Fact]
    public void R7_FollowUpTermIsTheParameter()
    {
        var world = new RoutingWorld().WithParameter("saleWithContactBusinessDays", "1");
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(D("2026-03-11"), decision.FollowUp?.Due);
    }

    [Fact]
    public void R7_AnonymousProspect_QuotedAndAskedForContact_NoFollowUp()
    {
        var world = new RoutingWorld();

        var decision = world.Decide(RequestKind.PriceRequest, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.True(decision.AskForContact);
        Assert.Null(decision.FollowUp);
        Assert.Equal("false", decision.Facts["identified"]);
        Assert.Empty(decision.InvoicesToAnnounce);
        world.AssertExplained(decision, RuleIds.R3, RuleIds.R7);
    }
}
