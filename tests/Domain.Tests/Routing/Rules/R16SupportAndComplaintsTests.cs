using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Support;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R16 Support and complaints: knowledge base first, then support; complaints get a protocol at once.</summary>
public sealed class R16SupportAndComplaintsTests
{
    private static RoutingWorld KnownCustomer()
    {
        var world = new RoutingWorld();
        world.AddCustomer();
        return world;
    }

    [Fact]
    public void R16_UsageQuestionAnsweredByKnowledgeBase_BotKeepsIt()
    {
        var world = KnownCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.SupportQuestion, KnowledgeBaseAnswered: true));

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("support", decision.Reason);
        Assert.Equal(InteractionReason.Support, decision.InteractionReason);
        Assert.False(decision.IssueProtocol);
        world.AssertExplained(decision, RuleIds.R16);
    }

    [Fact]
    public void R16_UsageQuestionNotAnsweredByKnowledgeBase_GoesToSupport()
    {
        var world = KnownCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.SupportQuestion, KnowledgeBaseAnswered: false));

        Assert.Equal(RoutingTarget.ToTeam(Team.Support), decision.Target);
        Assert.Equal("support", decision.Reason);
        world.AssertExplained(decision, RuleIds.R16);
    }

    [Fact]
    public void R16_TrainingRequest_GoesToSupport()
    {
        var world = KnownCustomer();

        var decision = world.Decide(RequestKind.TrainingRequest);

        Assert.Equal(RoutingTarget.ToTeam(Team.Support), decision.Target);
        Assert.Equal("training", decision.Reason);
        Assert.Equal(InteractionReason.Support, decision.InteractionReason);
        world.AssertExplained(decision, RuleIds.R16);
    }

    [Fact]
    public void R16_Complaint_IssuesProtocolAtOnce_AndGoesToSupportWithReasonComplaint()
    {
        var world = KnownCustomer();

        var decision = world.Decide(RequestKind.Complaint);

        Assert.True(decision.IssueProtocol);
        Assert.Equal(RoutingTarget.ToTeam(Team.Support), decision.Target);
        Assert.Equal("complaint", decision.Reason);
        Assert.Equal(InteractionReason.Complaint, decision.InteractionReason);
        world.AssertExplained(decision, RuleIds.R16);
    }

    [Fact]
    public void R16_ComplaintFromAnonymousContact_AlsoGetsAProtocol()
    {
        var world = new RoutingWorld();

        var decision = world.Decide(RequestKind.Complaint);

        Assert.True(decision.IssueProtocol);
        Assert.Equal(RoutingTarget.ToTeam(Team.Support), decision.Target);
        world.AssertExplained(decision, RuleIds.R3, RuleIds.R16);
    }

    [Fact]
    public void R16_ReopenComplaint_GoesBackToSupport_WithoutANewProtocol()
    {
        var world = KnownCustomer();

        var decision = world.Decide(RequestKind.ReopenComplaint);

        Assert.Equal(RoutingTarget.ToTeam(Team.Support), decision.Target);
        Assert.Equal("complaint", decision.Reason);
        Assert.False(decision.IssueProtocol);
        world.AssertExplained(decision, RuleIds.R16);
    }

    [Fact]
    public void R16_ProtocolNumber_Create_IsDateAndDailySequence()
    {
        Assert.Equal("20260310-000042", ProtocolNumber.Create(D("2026-03-10"), 42));
        Assert.Equal("20261231-999999", ProtocolNumber.Create(D("2026-12-31"), 999_999));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void R16_ProtocolNumber_Create_SequenceOutOfRange_Throws(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProtocolNumber.Create(D("2026-03-10"), sequence));
    }

    [Theory]
    [InlineData("20260310-000042", true)]
    [InlineData("20260310-000001", true)]
    [InlineData("20260310000042", false)]
    [InlineData("20260310-00042", false)]
    [InlineData("20261340-000042", false)]
    [InlineData("20260310-00004a", false)]
    [InlineData("2026031x-000042", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void R16_ProtocolNumber_IsValid(string? text, bool expected)
    {
        Assert.Equal(expected, ProtocolNumber.IsValid(text));
    }

    [Theory]
    [InlineData("quero reabrir o protocolo 20260310-000042, não resolveu", "20260310-000042")]
    [InlineData("protocolo 20260310000042", "20260310-000042")]
    [InlineData("protocolo 20261399-000042", null)]
    [InlineData("meu pedido 12345", null)]
    [InlineData("202603100000421", null)]
    public void R16_ProtocolNumber_FindIn(string text, string? expected)
    {
        Assert.Equal(expected, ProtocolNumber.FindIn(text));
    }

    [Fact]
    public void R16_ProtocolNumber_RoundTrips()
    {
        var protocol = ProtocolNumber.Create(D("2026-03-10"), 7);

        Assert.True(ProtocolNumber.IsValid(protocol));
        Assert.Equal(protocol, ProtocolNumber.FindIn($"Protocolo: {protocol}."));
    }

    [Fact]
    public void R16_Complaint_UnresolvedOrResolved_MayBeReopened()
    {
        var complaint = new Complaint { Protocol = "20260310-000042", CustomerId = "c1", Text = "cobrança indevida", OpenedAt = DefaultNow };
        Assert.Equal(ComplaintStatus.Open, complaint.Status);

        complaint.Resolve(DefaultNow.AddDays(1));
        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal(DefaultNow.AddDays(1), complaint.ResolvedAt);

        complaint.Reopen(DefaultNow.AddDays(2));
        Assert.Equal(ComplaintStatus.Reopened, complaint.Status);
        Assert.Equal(DefaultNow.AddDays(2), complaint.ReopenedAt);
        Assert.Equal(1, complaint.ReopenCount);
    }
}
