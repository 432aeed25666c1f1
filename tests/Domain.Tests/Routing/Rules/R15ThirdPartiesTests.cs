using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R15 Third parties: sales with a copy to the holder; sensitive changes held until the holder confirms.</summary>
public sealed class R15ThirdPartiesTests
{
    private static readonly DateTimeOffset Now = RoutingWorld.DefaultNow;
    private static readonly Guid ChangeId = Guid.Parse("6f1c1d7e-0000-4000-8000-000000000001");

    [Theory]
    [InlineData(SensitiveField.Holder)]
    [InlineData(SensitiveField.Document)]
    [InlineData(SensitiveField.BillingEmail)]
    [InlineData(SensitiveField.Administrator)]
    public void R15_SensitiveChangeByThirdParty_MustHold_ByHolderNeedNot(SensitiveField field)
    {
        Assert.True(R15ThirdParties.MustHold(field, requesterIsHolder: false));
        Assert.False(R15ThirdParties.MustHold(field, requesterIsHolder: true));
    }

    [Fact]
    public void R15_Hold_CreatesAChangeAwaitingTheHolder()
    {
        var change = R15ThirdParties.Hold(ChangeId, "c1", SensitiveField.BillingEmail, "novo@example.com", "+5511988887777", Now);

        Assert.Equal(ChangeId, change.Id);
        Assert.Equal("c1", change.CustomerId);
        Assert.Equal(SensitiveField.BillingEmail, change.Field);
        Assert.Equal("novo@example.com", change.NewValue);
        Assert.Equal("+5511988887777", change.RequestedBy);
        Assert.Equal(Now, change.RequestedAt);
        Assert.Equal(HeldChangeStatus.AwaitingHolder, change.Status);
        Assert.Null(change.DecidedAt);
    }

    [Fact]
    public void R15_HeldChange_HolderConfirms_IsConfirmedOnce()
    {
        var change = R15ThirdParties.Hold(ChangeId, "c1", SensitiveField.Holder, "Maria", "joao", Now);
        var later = Now.AddHours(2);

        change.Confirm(later);

        Assert.Equal(HeldChangeStatus.Confirmed, change.Status);
        Assert.Equal(later, change.DecidedAt);
        Assert.Throws<InvalidOperationException>(() => change.Reject(later));
        Assert.Equal(HeldChangeStatus.Confirmed, change.Status);
    }

    [Fact]
    public void R15_HeldChange_HolderRejects_IsRejectedOnce()
    {
        var change = R15ThirdParties.Hold(ChangeId, "c1", SensitiveField.Document, "52998224725", "joao", Now);
        var later = Now.AddDays(1);

        change.Reject(later);

        Assert.Equal(HeldChangeStatus.Rejected, change.Status);
        Assert.Equal(later, change.DecidedAt);
        Assert.Throws<InvalidOperationException>(() => change.Confirm(later));
    }

    [Fact]
    public void R15_SensitiveChangeRequestedByThirdParty_IsHeldForTheHolder()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.SensitiveChange, RequesterIsHolder: false, Field: SensitiveField.BillingEmail));

        Assert.True(decision.HoldForHolder);
        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("BillingEmail", decision.Facts["field"]);
        Assert.Equal("sensitive-change", decision.Reason);
        world.AssertExplained(decision, RuleIds.R15);
    }

    [Fact]
    public void R15_SensitiveChangeRequestedByTheHolder_IsNotHeld_CentralAdjustsTheRecord()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.SensitiveChange, RequesterIsHolder: true, Field: SensitiveField.Administrator));

        Assert.False(decision.HoldForHolder);
        Assert.Equal(RoutingTarget.ToTeam(Team.Central), decision.Target);
        world.AssertExplained(decision, RuleIds.R15);
    }

    [Fact]
    public void R15_SaleByThirdParty_GoesAhead_WithACopyToTheHolder()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.Buy, "P1", RequesterIsHolder: false));

        Assert.True(decision.CopyToHolder);
        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.NotNull(decision.FollowUp);
        Assert.Equal("true", decision.Facts["thirdParty"]);
        world.AssertExplained(decision, RuleIds.R15, RuleIds.R7);
    }

    [Fact]
    public void R15_SaleByTheHolder_NoCopy()
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        var decision = world.Decide(new RoutingRequest(RequestKind.Buy, "P1"));

        Assert.False(decision.CopyToHolder);
        Assert.DoesNotContain(RuleIds.R15, decision.RuleIds);
    }
}
