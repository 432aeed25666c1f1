using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using static ContactCentre.Domain.Tests.Routing.Rules.RoutingWorld;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R13 Re-contract with debt. Now is Tuesday 2026-03-10; customers are inactivated automatically (R12).</summary>
public sealed class R13RecontractWithDebtTests
{
    private static RoutingWorld InactiveCustomer(bool campaign = false, decimal? discount = null)
    {
        var world = new RoutingWorld();
        world.AddCustomer(campaign: campaign, campaignDiscount: discount)
            .Inactivate(Inactivation.Automatic(Local("2025-12-01T03:00")));
        return world;
    }

    [Fact]
    public void R13_DebtExactly1Year_GoesToSales_RecontractWithDebt()
    {
        var world = InactiveCustomer();
        world.AddInvoice("F1", "2025-03-10", 150.5m);

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Equal("recontract-with-debt", decision.Reason);
        Assert.Equal(InteractionReason.Recontract, decision.InteractionReason);
        Assert.Empty(decision.InvoicesToWaive);
        Assert.Equal(["F1"], decision.InvoicesToAnnounce);
        Assert.Equal("F1", decision.Facts["oldestOpenInvoice"]);
        Assert.Equal("2025-03-10", decision.Facts["oldestDue"]);
        Assert.Equal("365", decision.Facts["debtAgeDays"]);
        Assert.Equal("150.50", decision.Facts["debtTotal"]);
        Assert.Contains("R$ 150,50", decision.Explanation, StringComparison.Ordinal);
        world.AssertExplained(decision, RuleIds.R12, RuleIds.R13, RuleIds.R2);
    }

    [Fact]
    public void R13_Debt1YearAnd1Day_IsWaived_BotRecontractsWithoutDiscount()
    {
        var world = InactiveCustomer();
        world.AddInvoice("F1", "2025-03-09", 150.5m);

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("recontract", decision.Reason);
        Assert.Equal(["F1"], decision.InvoicesToWaive);
        Assert.Empty(decision.InvoicesToAnnounce);
        Assert.DoesNotContain(RuleIds.R2, decision.RuleIds);
        Assert.Equal(0m, decision.DiscountPercent);
        Assert.Equal("366", decision.Facts["debtAgeDays"]);
        world.AssertExplained(decision, RuleIds.R12, RuleIds.R13);
    }

    [Theory]
    [InlineData(true, 15, 15)]
    [InlineData(false, 15, 0)]
    public void R13_WaivedDebt_CampaignCustomerGetsTheCampaignDiscount_OthersNone(bool campaign, int promised, int expected)
    {
        var world = InactiveCustomer(campaign, promised);
        world.AddInvoice("F1", "2024-11-20");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal(["F1"], decision.InvoicesToWaive);
        Assert.Equal((decimal)expected, decision.DiscountPercent);
        Assert.Equal(campaign, decision.Facts.ContainsKey("campaign"));
    }

    [Fact]
    public void R13_DebtAge_IsFromTheOldestOpenInvoice_PaidAndWaivedInvoicesIgnored()
    {
        var world = InactiveCustomer();
        world.AddInvoice("F0", "2023-05-10", status: InvoiceStatus.Paid);
        world.AddInvoice("F9", "2024-01-10", status: InvoiceStatus.Waived);
        world.AddInvoice("F2", "2025-12-10", 50m);
        world.AddInvoice("F1", "2025-06-10", 70m);

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Equal("F1", decision.Facts["oldestOpenInvoice"]);
        Assert.Equal("120.00", decision.Facts["debtTotal"]);
        Assert.Equal(["F1", "F2"], decision.InvoicesToAnnounce);
    }

    [Fact]
    public void R13_OldestOpenInvoiceOverAYear_WaivesTheWholeOpenDebt()
    {
        // The debt's age is that of its oldest open invoice, so the whole debt is waived (see report).
        var world = InactiveCustomer();
        world.AddInvoice("F1", "2024-12-01");
        world.AddInvoice("F2", "2026-02-10");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(["F1", "F2"], decision.InvoicesToWaive);
        Assert.Empty(decision.InvoicesToAnnounce);
    }

    [Fact]
    public void R13_NoOpenDebt_BotRecontracts()
    {
        var world = InactiveCustomer();
        world.AddInvoice("F0", "2025-01-10", status: InvoiceStatus.Paid);

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("none", decision.Facts["debt"]);
        Assert.Empty(decision.InvoicesToWaive);
    }

    [Fact]
    public void R13_ManualInactivationPastTheWindow_DebtStillChecked()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer().Inactivate(Inactivation.Manual("ana", Local("2025-10-01T10:00")));
        world.AddInvoice("F1", "2025-09-10");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Equal("recontract-with-debt", decision.Reason);
        world.AssertExplained(decision, RuleIds.R11, RuleIds.R13);
    }

    [Theory]
    [InlineData("2025-03-10", false)]
    [InlineData("2025-03-09", true)]
    [InlineData("2025-09-10", false)]
    [InlineData("2020-01-01", true)]
    public void R13_IsWaivable_StrictlyMoreThanOneYear(string oldestDue, bool expected)
    {
        Assert.Equal(expected, R13RecontractWithDebt.IsWaivable(D(oldestDue), D("2026-03-10"), 1));
    }

    [Fact]
    public void R13_WaiverAgeIsTheParameter()
    {
        var world = InactiveCustomer().WithParameter("debtWaiverYears", "2");
        world.AddInvoice("F1", "2025-03-09");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Sales), decision.Target);
        Assert.Empty(decision.InvoicesToWaive);
    }

    [Fact]
    public void R13_WaivingAnInvoice_MarksItWithRuleAndTime_NeverDeletes()
    {
        var invoice = new Invoice { Number = "F1", CustomerId = "c1", Amount = 10m, Due = D("2024-01-10") };

        invoice.Waive(RuleIds.R13, DefaultNow);

        Assert.Equal(InvoiceStatus.Waived, invoice.Status);
        Assert.Equal(RuleIds.R13, invoice.WaivedByRule);
        Assert.Equal(DefaultNow, invoice.WaivedAt);
        Assert.False(invoice.IsOpen);
        Assert.Throws<InvalidOperationException>(() => invoice.Waive(RuleIds.R13, DefaultNow));
    }
}
