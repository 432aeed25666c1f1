using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Domain.Catalogue;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>Entities in English and European Portuguese, from those flows' words and the price list's synonyms (the demo catalogue's).</summary>
public sealed class EnglishUnderstandingTests
{
    private static readonly Lazy<Understander> English = new(() => Understander.LoadDefault(flow: "default.en"));
    private static readonly Lazy<Understander> European = new(() => Understander.LoadDefault(flow: "default.pt-PT"));
    private static readonly IReadOnlyList<Product> Catalogue = Demo.DemoCatalogue.All();

    // A Tuesday.
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static ContactCentre.Bot.Dialogs.Understanding.Understanding En(string text) => English.Value.Understand(text, Catalogue, Today);

    [Theory]
    [InlineData("I need it for twenty-five lawyers", 25)]
    [InlineData("one hundred and twenty cases", 120)]
    [InlineData("two hundred cases", 200)]
    [InlineData("two thousand five hundred and ten", 2510)]
    [InlineData("one thousand and one", 1001)]
    [InlineData("fifteen searches", 15)]
    [InlineData("we are 7 partners", 7)]
    public void English_NumbersInWords_AreReadByGrammar(string text, int expected) => Assert.Equal(expected, En(text).Number);

    [Theory]
    [InlineData("how much are the court notices for twenty-five lawyers", "intimacao", 25)]
    [InlineData("price for three hundred cases of case tracking", "acompanhamento", 300)]
    [InlineData("quote for 4 extra states", "estado", 4)]
    [InlineData("I want two additional users", "beneficiario", 2)]
    [InlineData("how much is a search", "pesquisa", 1)]
    public void English_ProductsAndQuantities_ComeFromTheCataloguesSynonyms(string text, string product, int quantity)
    {
        var mention = Assert.Single(En(text).Products, p => p.ProductCode == product);

        Assert.Equal(quantity, mention.Quantity);
    }

    [Theory]
    [InlineData("can you call me tomorrow", "2026-03-11")]
    [InlineData("the day after tomorrow is fine", "2026-03-12")]
    [InlineData("let's talk on friday", "2026-03-13")]
    [InlineData("next tuesday please", "2026-03-17")] // "tuesday" said on a Tuesday is next week's
    [InlineData("on March 20th", "2026-03-20")]
    [InlineData("the invoice of march 2", "2026-03-02")]
    [InlineData("by the 25th", "2026-03-25")]
    [InlineData("on the 3rd of April", "2026-04-03")]
    [InlineData("due 4/15/2026", "2026-04-15")] // digits are month first in the English flow
    [InlineData("due 2026-04-15", "2026-04-15")]
    public void English_Dates_FromTheFlowsWords(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), En(text).Date);

    [Theory]
    [InlineData("I'm just looking around for now", "undecided")]
    [InlineData("I'll think about it and get back to you", "undecided")]
    public void English_Indecision_ComesFromTheFlowsExamples_NotTheProduct(string text, string intent) =>
        Assert.Equal(intent, En(text).Intent?.Intent);

    [Theory]
    [InlineData("R$1,234.56 for the year", 1234.56)]
    [InlineData("they charged me BRL 99.80", 99.80)]
    [InlineData("paguei 1234,56 R$", 1234.56)]
    [InlineData("a fatura de 12 345,67 R$", 12345.67)]
    public void Money_InEachLanguagesStyle_IsRecognised(string text, double amount) =>
        Assert.Equal((decimal)amount, MoneyRecognizer.Find(text)?.Amount);

    [Theory]
    [InlineData("quanto custa para dezasseis advogados", 16)]
    [InlineData("são vinte e dois processos", 22)]
    public void European_NumbersInWords_IncludeItsOwnSpelling(string text, int expected) =>
        Assert.Equal(expected, European.Value.Understand(text, Catalogue, Today).Number);

    [Fact]
    public void European_ParaASemana_IsNextWeek() =>
        Assert.Equal(new DateOnly(2026, 3, 17), European.Value.Understand("ligue-me para a semana", Catalogue, Today).Date);

    [Fact]
    public void European_UtilizadorAdicional_IsTheBeneficiaryProduct() =>
        Assert.Contains(European.Value.Understand("quanto custa um utilizador adicional", Catalogue, Today).Products, p => p.ProductCode == "beneficiario");
}
