using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R6 Inbound sale, step 1: a counting venda-com-contato schedule sends the sale to its owner.</summary>
public sealed class R06ScheduleOwnerFirstTests
{
    private readonly RoutingWorld _world = new();

    /// <summary>Customer c1 holds s1: venda-com-contato for P1 owned by ana, created Mon 09, due Wed 11 (counts).</summary>
    private void CustomerWithCountingSchedule(AgentStatus ownerStatus, ScheduleTag tag = ScheduleTag.SaleWithContact)
    {
        _world.AddAgent("ana", ownerStatus);
        _world.AddAgent("bruno");
        _world.AddCustomer();
        _world.AddSchedule("s1", tag, "2026-03-09", "2026-03-11", owner: "ana", product: "P1");
    }

    [Theory]
    [InlineData(RequestKind.Buy)]
    [InlineData(RequestKind.PriceRequest)]
    public void R6_CountingSaleWithContactScheduleAndOwnerAvailable_OffersOwnerWithSalesFallback(RequestKind kind)
    {
        CustomerWithCountingSchedule(AgentStatus.Available);

        var decision = _world.Decide(kind, "P1");

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Fallback);
        Assert.Equal(TimeSpan.FromSeconds(120), decision.OfferTimeout);
        Assert.Equal("s1", decision.Facts["schedule"]);
        Assert.Equal("venda-com-contato", decision.Facts["scheduleTag"]);
        Assert.Equal("2026-03-09", decision.Facts["scheduleCreated"]);
        Assert.Equal("2026-03-11", decision.Facts["scheduleDue"]);
        Assert.Equal("ana", decision.Facts["scheduleOwner"]);
        Assert.Equal("available", decision.Facts["ownerStatus"]);
        Assert.Equal("120", decision.Facts["offerTimeoutSeconds"]);
        Assert.Null(decision.FollowUp);
        Assert.DoesNotContain(RuleIds.R7, decision.RuleIds);
        Assert.True(decision.IsHandoff);
        _world.AssertExplained(decision, RuleIds.R6);
    }

    [Fact]
    public void R6_OfferTimeout_IsTheParameter()
    {
        _world.WithParameter("offerTimeout", "45s");
        CustomerWithCountingSchedule(AgentStatus.Available);

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(TimeSpan.FromSeconds(45), decision.OfferTimeout);
        Assert.Equal("45", decision.Facts["offerTimeoutSeconds"]);
    }

    [Theory]
    [InlineData(AgentStatus.Busy)]
    [InlineData(AgentStatus.Offline)]
    public void R6_OwnerBusyOrOffline_GoesToSalesTeamExcludingOwner(AgentStatus status)
    {
        CustomerWithCountingSchedule(status);

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Target);
        Assert.Null(decision.Fallback);
        Assert.Null(decision.OfferTimeout);
        Assert.Equal(status.ToWire(), decision.Facts["ownerStatus"]);
        Assert.DoesNotContain(RuleIds.R14, decision.RuleIds);
        _world.AssertExplained(decision, RuleIds.R6);
    }

    [Theory]
    [InlineData(AgentStatus.Absent)]
    [InlineData(AgentStatus.Vacation)]
    public void R6_OwnerAbsentOrOnVacation_GoesToSalesTeamExcludingOwner_AndFiresR14(AgentStatus status)
    {
        CustomerWithCountingSchedule(status);

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Target);
        Assert.Null(decision.Fallback);
        _world.AssertExplained(decision, RuleIds.R6, RuleIds.R14);
    }

    [Fact]
    public void R6_DeactivatedOwner_GoesToSalesTeamExcludingOwner()
    {
        CustomerWithCountingSchedule(AgentStatus.Available);
        _world.Agents.Single(a => a.Id == "ana").Active = false;

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ana"), decision.Target);
    }

    [Fact]
    public void R6_OwnerUnknownToTheAgentList_GoesToSalesTeamExcludingOwner()
    {
        _world.AddCustomer();
        _world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ghost");

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales, excluding: "ghost"), decision.Target);
        Assert.Equal("unknown", decision.Facts["ownerStatus"]);
    }

    [Theory]
    [InlineData(ScheduleTag.SaleWithoutContact)]
    [InlineData(ScheduleTag.DealingWithoutContact)]
    public void R6_CountingScheduleWithoutContact_DoesNotRedirect_BotSells(ScheduleTag tag)
    {
        CustomerWithCountingSchedule(AgentStatus.Available, tag);

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Null(decision.Fallback);
        Assert.Equal("s1", decision.Facts["scheduleWithoutContact"]);
        Assert.NotNull(decision.FollowUp);
        _world.AssertExplained(decision, RuleIds.R6, RuleIds.R7);
    }

    [Fact]
    public void R6_RequestNamingNoProduct_WithCountingSchedule_Redirects()
    {
        CustomerWithCountingSchedule(AgentStatus.Available);

        var decision = _world.Decide(RequestKind.PriceRequest, product: null);

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal("s1", decision.Facts["schedule"]);
        Assert.False(decision.Facts.ContainsKey("product"));
        _world.AssertExplained(decision, RuleIds.R6);
    }

    [Fact]
    public void R6_RequestNamingNoProduct_TwoCountingSchedules_SoonestDueWins()
    {
        _world.AddAgent("ana");
        _world.AddAgent("bruno");
        _world.AddCustomer();
        _world.AddSchedule("s-late", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-12", owner: "ana", product: "P1");
        _world.AddSchedule("s-soon", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "bruno", product: "P2");

        var decision = _world.Decide(RequestKind.Buy, product: null);

        Assert.Equal(RoutingTarget.ToAgent("bruno"), decision.Target);
        Assert.Equal("s-soon", decision.Facts["schedule"]);
    }

    [Fact]
    public void R6_ScheduleForTheProduct_ProductCodeComparedIgnoringCase()
    {
        CustomerWithCountingSchedule(AgentStatus.Available);

        var decision = _world.Decide(RequestKind.Buy, "p1");

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
    }

    [Fact]
    public void R6_CountingScheduleOwnedByTheSalesQueue_GoesToTheSalesTeam()
    {
        // E.g. the follow-up R7 created yesterday: its owner is the sales team's queue.
        _world.AddCustomer();
        _world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: null, team: Team.Sales);

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Equal("sales", decision.Facts["scheduleOwner"]);
        _world.AssertExplained(decision, RuleIds.R6);
    }

    [Fact]
    public void R6_AnonymousProspect_HasNoScheduleToRedirect_BotSells()
    {
        _world.AddAgent("ana");

        var decision = _world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.DoesNotContain(RuleIds.R6, decision.RuleIds);
    }
}

/// <summary>R6's fallback: "any available member of the sales team" as the handoff service picks them.</summary>
public sealed class R06EligibleSalespeopleTests
{
    private static Agent A(string id, AgentStatus status = AgentStatus.Available, Team team = Team.Sales, int max = 3) =>
        new() { Id = id, Name = id, Team = team, Status = status, MaxConcurrentConversations = max };

    [Fact]
    public void R6_Fallback_OnlyAvailableActiveSalespeople_ExcludingTheOwner_LeastLoadedFirst()
    {
        var inactive = A("ina");
        inactive.Active = false;
        Agent[] agents =
        [
            A("ana"), A("bruno"), A("carla"), A("dora", AgentStatus.Busy), A("edu", AgentStatus.Absent),
            A("fabi", AgentStatus.Vacation), A("gil", AgentStatus.Offline), A("hugo", team: Team.Support), inactive,
        ];
        var load = new Dictionary<string, int> { ["ana"] = 0, ["bruno"] = 2, ["carla"] = 1 };

        var eligible = RoutingPolicy.Eligible(agents, Team.Sales, excluding: "ana", id => load.GetValueOrDefault(id), cap: 3);

        Assert.Equal(["carla", "bruno"], eligible.Select(a => a.Id));
    }

    [Fact]
    public void R6_Fallback_AgentsAtTheCapOrTheirOwnLimit_AreSkipped()
    {
        Agent[] agents = [A("ana"), A("bruno", max: 1), A("carla")];
        var load = new Dictionary<string, int> { ["ana"] = 3, ["bruno"] = 1, ["carla"] = 2 };

        var eligible = RoutingPolicy.Eligible(agents, Team.Sales, excluding: null, id => load[id], cap: 3);

        Assert.Equal(["carla"], eligible.Select(a => a.Id));
    }
}
