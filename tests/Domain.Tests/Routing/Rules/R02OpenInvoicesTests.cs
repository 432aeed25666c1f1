using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R2 Open invoices: which invoices are announced, and that a sale still goes ahead.</summary>
public sealed class R02OpenInvoicesTests
{
    private static RoutingWorld CustomerWithInvoices()
    {
        var world = new RoutingWorld();
        world.AddCustomer();
        world.AddInvoice("F3", "2026-03-05", 30m);
        world.AddInvoice("F1", "2026-01-05", 10m);
        world.AddInvoice("F2", "2026-02-05", 20m);
        world.AddInvoice("P1", "2025-12-05", 5m, status: InvoiceStatus.Paid);
        world.AddInvoice("W1", "2024-12-05", 5m, status: InvoiceStatus.Waived);
        return world;
    }

    [Fact]
    public void R2_ToAnnounce_OnlyOpenInvoices_OldestFirst()
    {
        var record = CustomerWithInvoices().Record();

        var invoices = R02OpenInvoices.ToAnnounce(record, [], []);

        Assert.Equal(["F1", "F2", "F3"], invoices.Select(i => i.Number));
    }

    [Fact]
    public void R2_ToAnnounce_SkipsInvoicesAlreadyAnnouncedInThisConversation()
    {
        var record = CustomerWithInvoices().Record();

        var invoices = R02OpenInvoices.ToAnnounce(record, alreadyAnnounced: ["F1", "F3"], beingWaived: []);

        Assert.Equal(["F2"], invoices.Select(i => i.Number));
    }

    [Fact]
    public void R2_ToAnnounce_SkipsDebtBeingWaived()
    {
        var record = CustomerWithInvoices().Record();

        var invoices = R02OpenInvoices.ToAnnounce(record, alreadyAnnounced: [], beingWaived: ["F1", "F2"]);

        Assert.Equal(["F3"], invoices.Select(i => i.Number));
    }

    [Fact]
    public void R2_ToAnnounce_UnidentifiedContact_Nothing()
    {
        Assert.Empty(R02OpenInvoices.ToAnnounce(null, [], []));
    }

    [Fact]
    public void R2_SaleWithOpenInvoices_SaleGoesAheadWithTheReminder()
    {
        var world = CustomerWithInvoices();

        var decision = world.Decide(RequestKind.Buy, "P9");

        Assert.Equal(["F1", "F2", "F3"], decision.InvoicesToAnnounce);
        Assert.Equal("F1,F2,F3", decision.Facts["openInvoices"]);
        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal(ScheduleTag.SaleWithContact, decision.FollowUp?.Tag);
        world.AssertExplained(decision, RuleIds.R2, RuleIds.R7);
    }

    [Fact]
    public void R2_SaleRedirectedToScheduleOwner_StillAnnouncesOpenInvoices()
    {
        var world = CustomerWithInvoices();
        world.AddAgent("ana");
        world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P9");

        var decision = world.Decide(RequestKind.Buy, "P9");

        Assert.Equal(RoutingTarget.ToAgent("ana"), decision.Target);
        Assert.Equal(["F1", "F2", "F3"], decision.InvoicesToAnnounce);
        world.AssertExplained(decision, RuleIds.R2, RuleIds.R6);
    }

    [Fact]
    public void R2_NoOpenInvoices_NothingAnnounced()
    {
        var world = new RoutingWorld();
        world.AddCustomer();
        world.AddInvoice("P1", "2026-01-05", status: InvoiceStatus.Paid);

        var decision = world.Decide(RequestKind.Buy, "P9");

        Assert.Empty(decision.InvoicesToAnnounce);
        Assert.DoesNotContain(RuleIds.R2, decision.RuleIds);
    }

    [Fact]
    public void R2_BillingRequest_BotAnswersWithHowToPay()
    {
        var world = CustomerWithInvoices();

        var decision = world.Decide(RequestKind.Billing);

        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.Equal("billing", decision.Reason);
        Assert.Equal(["F1", "F2", "F3"], decision.InvoicesToAnnounce);
        world.AssertExplained(decision, RuleIds.R2);
    }
}
