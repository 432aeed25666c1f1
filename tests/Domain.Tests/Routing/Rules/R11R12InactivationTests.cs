using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R11 Manual inactivation (15-day window to the inactivating agent) and R12 automatic inactivation.</summary>
public sealed class R11R12InactivationTests
{
    private static RoutingWorld ManuallyInactivated(string inactivatedAtLocal, AgentStatus inactivatorStatus = AgentStatus.Available)
    {
        var world = new RoutingWorld(); // Tuesday 2026-03-10
        world.AddAgent("ana", inactivatorStatus);
        world.AddAgent("bruno");
        world.AddCustomer().Inactivate(Inactivation.Manual("ana", Local(inactivatedAtLocal)));
        return world;
    }

    [Fact]
    public void R11_ManualInactivationWithin15Days_RoutesToInactivatingAgent()
    {
        var world = ManuallyInactivated("2026-03-02T14:00");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal("recontract", decision.Reason);
        Assert.Equal(InteractionReason.Recontract, decision.InteractionReason);
        Assert.Equal("8", decision.Facts["daysSinceInactivation"]);
        world.AssertExplained(decision, RuleIds.R11);
    }

    [Fact]
    public void R11_ManualInactivationExactly15DaysAgo_RoutesToInactivatingAgent()
    {
        var world = ManuallyInactivated("2026-02-23T16:00");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Fallback);
        Assert.Equal(TimeSpan.FromSeconds(120), decision.OfferTimeout);
        Assert.Equal("manual", decision.Facts["inactivation"]);
        Assert.Equal("2026-02-23", decision.Facts["inactivatedOn"]);
        Assert.Equal("ana", decision.Facts["inactivatedBy"]);
        Assert.Equal("15", decision.Facts["daysSinceInactivation"]);
        Assert.Equal([RuleIds.R11], decision.RuleIds);
        world.AssertExplained(decision, RuleIds.R11);
    }

    [Fact]
    public void R11_ManualInactivation16DaysAgo_BotMayRecontract()
    {
        var world = ManuallyInactivated("2026-02-22T09:00");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Null(decision.Fallback);
        Assert.Equal("16", decision.Facts["daysSinceInactivation"]);
        Assert.Equal("none", decision.Facts["debt"]);
        Assert.Equal("recontract", decision.Reason);
        world.AssertExplained(decision, RuleIds.R11);
    }

    [Fact]
    public void R11_InactivationDateIsTheSaoPauloDate()
    {
        // 01:30 UTC on the 23rd is 22:30 on the 22nd in São Paulo: 16 days, not 15.
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer().Inactivate(Inactivation.Manual("ana", new DateTimeOffset(2026, 2, 23, 1, 30, 0, TimeSpan.Zero)));

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal("2026-02-22", decision.Facts["inactivatedOn"]);
        Assert.Equal(RoutingTarget.Bot, decision.Target);
    }

    [Theory]
    [InlineData(AgentStatus.Busy)]
    [InlineData(AgentStatus.Vacation)]
    [InlineData(AgentStatus.Offline)]
    public void R11_WithinWindowButInactivatorUnavailable_GoesToSalesTeamExcludingThem(AgentStatus status)
    {
        var world = ManuallyInactivated("2026-03-05T10:00", status);

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Target);
        world.AssertExplained(decision, RuleIds.R11);
    }

    [Fact]
    public void R11_WindowIsTheParameter()
    {
        var world = ManuallyInactivated("2026-02-22T09:00").WithParameter("manualInactivationDays", "16");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
    }

    [Fact]
    public void R11_WithinWindow_OpenInvoicesAreStillAnnounced()
    {
        var world = ManuallyInactivated("2026-03-02T14:00");
        world.AddInvoice("F1", "2026-02-10");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal(["F1"], decision.InvoicesToAnnounce);
        world.AssertExplained(decision, RuleIds.R11, RuleIds.R2);
    }

    [Fact]
    public void R12_AutomaticInactivation_BotMayRecontract()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer(owner: "ana").Inactivate(Inactivation.Automatic(Local("2026-03-08T03:00")));

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("recontract", decision.Reason);
        Assert.Equal(InteractionReason.Recontract, decision.InteractionReason);
        Assert.Equal("automatic", decision.Facts["inactivation"]);
        Assert.Equal("2026-03-08", decision.Facts["inactivatedOn"]);
        Assert.DoesNotContain(RuleIds.R11, decision.RuleIds);
        world.AssertExplained(decision, RuleIds.R12);
    }

    [Fact]
    public void R12_RecontractByAnActiveCustomer_IsAnOrdinarySale()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Recontract, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("false", decision.Facts["inactive"]);
        Assert.Equal("recontract", decision.Reason);
        Assert.NotNull(decision.FollowUp);
        Assert.DoesNotContain(RuleIds.R12, decision.RuleIds);
        world.AssertExplained(decision, RuleIds.R7);
    }
}
