using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R8 Inbound sale, step 3: undecided after the quote → sales team; a bare price question is R7.</summary>
public sealed class R08UndecidedToSalesTests
{
    [Fact]
    public void R8_UndecidedAfterQuote_GoesToSalesTeam_WithReasonUndecidedProspect()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(RequestKind.Undecided, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Null(decision.Target.ExcludedAgentId);
        Assert.Equal("undecided-prospect", decision.Reason);
        Assert.Equal(InteractionReason.PriceRequest, decision.InteractionReason);
        Assert.Null(decision.FollowUp);
        Assert.DoesNotContain(RuleIds.R7, decision.RuleIds);
        world.AssertExplained(decision, RuleIds.R8);
    }

    [Fact]
    public void R8_UndecidedAnonymousProspect_AlsoGoesToSalesTeam()
    {
        var world = new RoutingWorld();

        var decision = world.Decide(RequestKind.Undecided);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Equal("undecided-prospect", decision.Reason);
        world.AssertExplained(decision, RuleIds.R3, RuleIds.R8);
    }

    [Fact]
    public void R8_BarePriceRequest_IsNotIndecision_BotQuotes()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(RequestKind.PriceRequest, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("price-request", decision.Reason);
        Assert.DoesNotContain(RuleIds.R8, decision.RuleIds);
        world.AssertExplained(decision, RuleIds.R7);
    }
}
