using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R3 Identification (no match: prospect) and R4 Duplicates (two matches: central, nothing else).</summary>
public sealed class R03R04IdentificationTests
{
    [Fact]
    public void R3_NoMatch_ServedAsProspect_IdentifiedFalse()
    {
        var world = new RoutingWorld();

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal("false", decision.Facts["identified"]);
        Assert.Equal(RoutingTarget.Bot, decision.Target);
        Assert.False(decision.Facts.ContainsKey("customer"));
        world.AssertExplained(decision, RuleIds.R3);
    }

    [Fact]
    public void R3_OneMatch_IdentifiedWithTheCustomerId()
    {
        var world = new RoutingWorld();
        world.AddCustomer("c7");

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal("true", decision.Facts["identified"]);
        Assert.Equal("c7", decision.Facts["customer"]);
        Assert.DoesNotContain(RuleIds.R3, decision.RuleIds);
    }

    [Theory]
    [InlineData(RequestKind.Buy)]
    [InlineData(RequestKind.PriceRequest)]
    [InlineData(RequestKind.Undecided)]
    [InlineData(RequestKind.SupportQuestion)]
    [InlineData(RequestKind.TrainingRequest)]
    [InlineData(RequestKind.Complaint)]
    [InlineData(RequestKind.ReopenComplaint)]
    [InlineData(RequestKind.Recontract)]
    [InlineData(RequestKind.SensitiveChange)]
    [InlineData(RequestKind.Billing)]
    [InlineData(RequestKind.Human)]
    [InlineData(RequestKind.Other)]
    public void R3_AnonymousContact_EveryRequestKind_YieldsAnExplainedDecision(RequestKind kind)
    {
        var world = new RoutingWorld();

        var decision = world.Decide(kind);

        Assert.Equal("false", decision.Facts["identified"]);
        world.AssertExplained(decision, RuleIds.R3);
    }

    [Fact]
    public void R3_ContactPointsIn_NormalisesAddressAndFindsDocumentsAndEmailsInText()
    {
        var points = R03Identification.ContactPointsIn("whatsapp:+5511999990001", "meu CPF é 529.982.247-25 e o e-mail Joao@Example.com");

        Assert.Equal(
            [
                new ContactPoint(ContactKind.Phone, "+5511999990001"),
                new ContactPoint(ContactKind.Document, "52998224725"),
                new ContactPoint(ContactKind.Email, "joao@example.com"),
            ],
            points);
    }

    [Fact]
    public void R3_ContactPointsIn_CpfWithWrongCheckDigits_IsNotAContactPoint()
    {
        var points = R03Identification.ContactPointsIn(null, "CPF 529.982.247-26");

        Assert.Empty(points);
    }

    [Fact]
    public void R3_Match_FindsEachRecordOnce()
    {
        var phone = ContactPoint.From(ContactKind.Phone, "(11) 99999-0001");
        var email = ContactPoint.From(ContactKind.Email, "joao@example.com");
        var c1 = new Customer { Id = "c1", Name = "João", Contacts = [phone, email] };
        var c2 = new Customer { Id = "c2", Name = "Maria", Contacts = [ContactPoint.From(ContactKind.Phone, "+5511988887777")] };

        var matches = R03Identification.Match([c1, c2], [phone, email]);

        Assert.Equal(["c1"], matches.Select(c => c.Id));
    }

    [Fact]
    public void R4_TwoMatchingRecords_GoToCentral_WithReasonDuplicateRecord_NamingBoth_AndNothingElse()
    {
        var world = new RoutingWorld();
        world.AddAgent("ana");
        world.AddCustomer("c1", owner: "ana");
        world.AddCustomer("c2");
        world.AddInvoice("F1", "2026-01-05", customerId: "c1");
        world.AddSchedule("s1", ScheduleTag.SaleWithContact, "2026-03-09", "2026-03-11", owner: "ana", product: "P1", customerId: "c1");

        var decision = world.Decide(RequestKind.Buy, "P1");

        Assert.Equal(RoutingTarget.ToTeam(Team.Central), decision.Target);
        Assert.Equal("duplicate-record", decision.Reason);
        Assert.Equal(InteractionReason.DuplicateRecord, decision.InteractionReason);
        Assert.Equal("c1,c2", decision.Facts["records"]);
        Assert.Contains("c1", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("c2", decision.Explanation, StringComparison.Ordinal);
        Assert.Equal([RuleIds.R4], decision.RuleIds);
        Assert.Equal(["records"], decision.Facts.Keys);
        Assert.Null(decision.Fallback);
        Assert.Null(decision.OfferTimeout);
        Assert.Null(decision.FollowUp);
        Assert.Empty(decision.InvoicesToAnnounce);
        Assert.Empty(decision.InvoicesToWaive);
        Assert.False(decision.AskForContact);
        Assert.False(decision.IssueProtocol);
        Assert.False(decision.HoldForHolder);
        Assert.False(decision.CopyToHolder);
        Assert.Equal(0m, decision.DiscountPercent);
        world.AssertExplained(decision, RuleIds.R4);
    }

    [Fact]
    public void R4_ThreeMatchingRecords_NamesAllOfThem()
    {
        var world = new RoutingWorld();
        world.AddCustomer("c1");
        world.AddCustomer("c2");
        world.AddCustomer("c3");

        var decision = world.Decide(RequestKind.Recontract);

        Assert.Equal(RoutingTarget.ToTeam(Team.Central), decision.Target);
        Assert.Equal("c1,c2,c3", decision.Facts["records"]);
    }
}
