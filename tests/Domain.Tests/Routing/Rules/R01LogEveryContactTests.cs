using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;

namespace ContactCentre.Domain.Tests.Routing.Rules;

/// <summary>R1 Log every contact: the interaction is created at the first turn and kept current.</summary>
public sealed class R01LogEveryContactTests
{
    private static readonly DateTimeOffset Now = RoutingWorld.DefaultNow;
    private static readonly Guid InteractionId = Guid.Parse("0b7f4c1e-0000-4000-8000-000000000001");

    [Fact]
    public void R1_Start_CreatesTheInteractionAtTheFirstTurn_WithChannelAndLiveTranscript()
    {
        var interaction = R01LogEveryContact.Start(InteractionId, "c1", "conv-1", "whatsapp", "https://cc.example/t/conv-1", Now);

        Assert.Equal(InteractionId, interaction.Id);
        Assert.Equal("c1", interaction.CustomerId);
        Assert.Equal("conv-1", interaction.ConversationId);
        Assert.Equal("whatsapp", interaction.Channel);
        Assert.Equal("https://cc.example/t/conv-1", interaction.TranscriptLink);
        Assert.Equal(Now, interaction.StartedAt);
        Assert.Equal(Now, interaction.UpdatedAt);
        Assert.Equal(InteractionReason.Other, interaction.Reason);
        Assert.Equal("bot", interaction.AttendedBy);
        Assert.True(interaction.Completed);
        Assert.False(string.IsNullOrWhiteSpace(interaction.Summary));
    }

    [Fact]
    public void R1_Interaction_IsUpdatedAsTheConversationGoesOn()
    {
        var interaction = R01LogEveryContact.Start(InteractionId, "c1", "conv-1", "whatsapp", "link", Now);
        var later = Now.AddMinutes(5);

        interaction.Update(InteractionReason.Sale, "Comprou P1.", "ana", later);

        Assert.Equal(InteractionReason.Sale, interaction.Reason);
        Assert.Equal("Comprou P1.", interaction.Summary);
        Assert.Equal("ana", interaction.AttendedBy);
        Assert.Equal(later, interaction.UpdatedAt);
        Assert.Equal(Now, interaction.StartedAt);
    }

    [Fact]
    public void R1_ContactThatCouldNotBeCompleted_IsLoggedSayingSo()
    {
        var interaction = R01LogEveryContact.Start(InteractionId, "c1", "conv-1", "whatsapp", "link", Now);
        var later = Now.AddMinutes(60);

        interaction.MarkNoAnswer(later);

        Assert.False(interaction.Completed);
        Assert.Contains("não respondeu", interaction.Summary, StringComparison.Ordinal);
        Assert.Equal(later, interaction.UpdatedAt);
    }

    [Theory]
    [InlineData(InteractionReason.Other, InteractionReason.PriceRequest, InteractionReason.PriceRequest)]
    [InlineData(InteractionReason.Other, InteractionReason.Complaint, InteractionReason.Complaint)]
    [InlineData(InteractionReason.PriceRequest, InteractionReason.Sale, InteractionReason.Sale)]
    [InlineData(InteractionReason.Sale, InteractionReason.PriceRequest, InteractionReason.Sale)]
    [InlineData(InteractionReason.Sale, InteractionReason.Complaint, InteractionReason.Sale)]
    [InlineData(InteractionReason.Support, InteractionReason.Other, InteractionReason.Support)]
    [InlineData(InteractionReason.Other, InteractionReason.Other, InteractionReason.Other)]
    public void R1_Merge_FirstSpecificReasonWins_PriceRequestBecomesSale(InteractionReason current, InteractionReason next, InteractionReason expected)
    {
        Assert.Equal(expected, R01LogEveryContact.Merge(current, next));
    }

    [Theory]
    [InlineData(RequestKind.Buy, InteractionReason.Sale)]
    [InlineData(RequestKind.PriceRequest, InteractionReason.PriceRequest)]
    [InlineData(RequestKind.SupportQuestion, InteractionReason.Support)]
    [InlineData(RequestKind.Complaint, InteractionReason.Complaint)]
    [InlineData(RequestKind.Billing, InteractionReason.Billing)]
    [InlineData(RequestKind.Recontract, InteractionReason.Recontract)]
    [InlineData(RequestKind.Other, InteractionReason.Other)]
    public void R1_DecisionCarriesTheInteractionReason(RequestKind kind, InteractionReason expected)
    {
        var world = new RoutingWorld();
        world.AddCustomer();

        Assert.Equal(expected, world.Decide(kind, "P1").InteractionReason);
    }

    [Fact]
    public void R1_DuplicateContact_IsLoggedWithReasonDuplicateRecord()
    {
        var world = new RoutingWorld();
        world.AddCustomer("c1");
        world.AddCustomer("c2");

        Assert.Equal(InteractionReason.DuplicateRecord, world.Decide(RequestKind.Buy, "P1").InteractionReason);
    }

    [Fact]
    public void R1_InteractionReasons_HaveExactlyTheWireNamesOfTheRules()
    {
        Assert.Equal(
            ["sale", "price-request", "support", "complaint", "billing", "recontract", "duplicate-record", "other"],
            Enum.GetValues<InteractionReason>().Select(r => r.ToWire()));
    }
}
