using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R6 with the cap on simultaneous conversations (maxConcurrentConversations): a full owner is not offered the sale.</summary>
public sealed class R06OwnerAtCapTests
{
    private readonly RoutingWorld _world = new();

    public R06OwnerAtCapTests()
    {
        _world.AddAgent("ana");
        _world.AddAgent("bruno");
        _world.AddCustomer();
        _world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");
    }

    [Fact]
    public void R6_OwnerBelowTheCap_IsOffered()
    {
        _world.Loads["ana"] = 2;

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
    }

    [Fact]
    public void R6_OwnerAtTheDefaultCapOf3_GoesToTheSalesQueueWithoutTheOwner()
    {
        _world.Loads["ana"] = 3;

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Target);
        Assert.Equal("3", decision.Facts["ownerLoad"]);
        Assert.Contains("limite 3", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_CapComesFromTheParameter()
    {
        _world.WithParameter("maxConcurrentConversations", "1");
        _world.Loads["ana"] = 1;

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(TargetKind.Team, decision.Target.Kind);
    }

    [Fact]
    public void Eligible_SkipsAgentsAtTheirCapAndOrdersByLoad()
    {
        _world.AddAgent("caio");
        var loads = new Dictionary<string, int> { ["ana"] = 3, ["bruno"] = 2, ["caio"] = 0 };

        var eligible = RoutingPolicy.Eligible(_world.Agents, Team.Sales, null, id => loads.GetValueOrDefault(id), 3).Select(a => a.Id);

        Assert.Equal(["caio", "bruno"], eligible);
    }
}
