using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Languages;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>How a conversation's language is chosen from the channel's hints, and which flow then speaks.</summary>
public sealed class LanguageSelectionTests
{
    [Theory]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("pt", "pt-BR")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("pt-PT", "pt-PT")]
    [InlineData("pt_pt", "pt-PT")]
    [InlineData("pt-AO", "pt-PT")]
    [InlineData("pt-Latn-MZ", "pt-PT")]
    [InlineData("en", "en")]
    [InlineData("en-US", "en")]
    [InlineData("EN_gb", "en")]
    [InlineData("es-AR", "es")]
    [InlineData("fr", "fr")]
    public void Normalize_BringsChannelTagsToTheBotsLanguages(string tag, string expected) =>
        Assert.Equal(expected, Language.Normalize(tag));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("english")]
    [InlineData("1")]
    [InlineData("*")]
    public void Normalize_GarbageIsNoLanguage(string? tag) => Assert.Null(Language.Normalize(tag));

    [Theory]
    [InlineData("pt-BR", "default")]
    [InlineData("pt", "default")]
    [InlineData("pt-PT", "default.pt-PT")]
    [InlineData("en-US", "default.en")]
    public void FlowName_PtBrIsTheBaseFlow_OtherLanguagesHaveTheirOwnId(string language, string expected) =>
        Assert.Equal(expected, Language.FlowName("default", language));

    [Theory]
    [InlineData("+5511999990001", "pt-BR")]
    [InlineData("+351912345678", "pt-PT")]
    [InlineData("+244923456789", "pt-PT")] // Angola
    [InlineData("+258841234567", "pt-PT")] // Mozambique
    [InlineData("+14155550123", "en")]
    [InlineData("+447700900123", "en")]
    [InlineData("+34612345678", "en")]     // Spain: no Spanish flow, English is the lingua franca
    public void Phone_CountryCallingCodePicksTheLanguage(string phone, string expected) =>
        Assert.Equal(expected, LanguageHints.FromPhone(phone));

    [Theory]
    [InlineData("visitor-1")]
    [InlineData("ana@example.com")]
    [InlineData("123456789")]
    [InlineData("+55abc")]
    public void Phone_AnAddressThatIsNoE164NumberSaysNothing(string address) => Assert.Null(LanguageHints.FromPhone(address));

    [Fact]
    public void Choose_TheChannelsLocaleWinsOverThePhonesCountry()
    {
        var choice = LanguageHints.Choose("en-US", "+5511999990001");

        Assert.Equal(new LanguageChoice("en", LanguageSource.ChannelLocale), choice);
    }

    [Fact]
    public void Choose_WithoutLocale_ThePhonesCountryDecides()
    {
        Assert.Equal(new LanguageChoice("pt-PT", LanguageSource.PhoneCountry), LanguageHints.Choose(null, "+351912345678"));
        Assert.Equal(new LanguageChoice("pt-PT", LanguageSource.PhoneCountry), LanguageHints.Choose("  ", "+351912345678"));
    }

    [Fact]
    public void Choose_NothingKnown_IsPtBr() =>
        Assert.Equal(new LanguageChoice("pt-BR", LanguageSource.Default), LanguageHints.Choose(null, "visitor-7"));

    [Theory]
    [InlineData("pt-BR", new[] { "pt-BR" })]
    [InlineData("pt-PT", new[] { "pt-PT", "pt-BR" })]
    [InlineData("en", new[] { "en", "pt-BR" })]
    [InlineData("es", new[] { "en", "pt-BR" })]
    [InlineData("de-DE", new[] { "en", "pt-BR" })]
    public void Candidates_AnUnofferedLanguageTriesEnglish_ThenPtBr(string wanted, string[] expected) =>
        Assert.Equal(expected, FlowLanguages.Candidates(wanted));

    [Theory]
    [InlineData("en-US", "default.en", "en")]
    [InlineData("pt-PT", "default.pt-PT", "pt-PT")]
    [InlineData("pt-BR", "default", "pt-BR")]
    [InlineData("es", "default.en", "en")]
    public async Task ChooseAsync_ShippedFlows_TheLanguagesOwnFlowSpeaks(string wanted, string flowName, string language)
    {
        var flow = await FlowLanguages.ChooseAsync(new EmbeddedFlowCatalog(), "default", wanted, CancellationToken.None);

        Assert.Equal(flowName, flow.Document.Name);
        Assert.Equal(language, flow.Document.Language);
    }

    [Fact]
    public async Task ChooseAsync_AFlowThatDoesNotSpeakTheLanguage_IsSkipped_PtBrAnswers()
    {
        // A catalog whose every flow is pt-BR (a wrongly published default.en, or a scenario's single flow file).
        var portuguese = await new EmbeddedFlowCatalog().GetActiveAsync("default", CancellationToken.None);

        var flow = await FlowLanguages.ChooseAsync(new OneFlow(portuguese), "default", "en", CancellationToken.None);

        Assert.Same(portuguese, flow);
    }

    private sealed class OneFlow(CompiledFlow flow) : IFlowCatalog
    {
        public Task<CompiledFlow> GetActiveAsync(string name, CancellationToken cancellationToken) => Task.FromResult(flow);
    }
}
