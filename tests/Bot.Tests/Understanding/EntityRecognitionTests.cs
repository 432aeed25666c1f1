using ContactCentre.Bot.Dialogs;
using ContactCentre.Domain.Customers;
using static ContactCentre.Bot.Tests.Understanding.UnderstandingFixture;

namespace ContactCentre.Bot.Tests.Understanding;

public sealed class EntityRecognitionTests
{
    [Theory]
    [InlineData("quanto custa para dois advogados?", "intimacao", 2)]
    [InlineData("me passa o valor de uma pesquisa", "pesquisa", 1)]
    [InlineData("quero 3 pesquisas", "pesquisa", 3)]
    [InlineData("acompanhamento de vinte e cinco processos", "acompanhamento", 25)]
    [InlineData("quanto fica cento e vinte processos", "acompanhamento", 120)]
    [InlineData("intimação para 4 advogados", "intimacao", 4)]
    [InlineData("INTIMAÇÕES pra seis advogados", "intimacao", 6)]
    [InlineData("mais um beneficiário", "beneficiario", 1)]
    [InlineData("preço de 2 estados", "estado", 2)]
    [InlineData("quero a intimação", "intimacao", 1)]
    public void Products_QuantityInDigitsOrWords_IsRead(string text, string product, int quantity)
    {
        var mention = Assert.Single(Understand(text).Products, p => p.ProductCode == product);
        Assert.Equal(quantity, mention.Quantity);
    }

    [Fact]
    public void Products_SeveralWithTheirOwnQuantities_EachKeepsItsNumber()
    {
        var products = Understand("intimação para 3 advogados e dois estados extras").Products;

        Assert.Equal([new ProductMention("intimacao", 3), new ProductMention("estado", 2)], products);
    }

    [Fact]
    public void Products_NumberBelongsToTheProductAfterIt_NotToTheOneBefore()
    {
        var products = Understand("quero intimação e 3 estados").Products;

        Assert.Equal([new ProductMention("intimacao", 1), new ProductMention("estado", 3)], products);
    }

    [Theory]
    [InlineData("3 advogdos")]
    [InlineData("3 advogados")]
    [InlineData("3 adovgados")]
    public void Products_OneTypoInALongWord_IsStillTheProduct(string text)
    {
        Assert.Equal([new ProductMention("intimacao", 3)], Understand(text).Products);
    }

    [Theory]
    [InlineData("só estou pesquisando")]
    [InlineData("so to pesquisando")]
    [InlineData("vou pesquisar e te falo")]
    [InlineData("eu estava vendo")]
    public void Products_WordsThatOnlyLookLikeAProduct_AreNotProducts(string text)
    {
        Assert.Empty(Understand(text).Products);
    }

    [Fact]
    public void SoEstouPesquisando_IsIndecision_NotTheProductPesquisa()
    {
        var understanding = Understand("só estou pesquisando");

        Assert.Equal("undecided", understanding.Intent?.Intent);
        Assert.DoesNotContain(understanding.Products, p => p.ProductCode == "pesquisa");
    }

    [Theory]
    [InlineData("meu cpf é 529.982.247-25", "52998224725", TaxDocumentKind.Cpf)]
    [InlineData("cpf 52998224725", "52998224725", TaxDocumentKind.Cpf)]
    [InlineData("CNPJ 11.222.333/0001-81 do escritório", "11222333000181", TaxDocumentKind.Cnpj)]
    public void Document_WithRightCheckDigits_IsFound(string text, string digits, TaxDocumentKind kind)
    {
        var understanding = Understand(text);

        Assert.Equal(digits, understanding.Document?.Digits);
        Assert.Equal(kind, understanding.Document?.Kind);
        Assert.Null(understanding.Phone); // an 11-digit CPF is not read as a mobile number
        Assert.Null(understanding.Number);
    }

    [Theory]
    [InlineData("meu cpf é 529.982.247-26")]
    [InlineData("cnpj 11.222.333/0001-80")]
    [InlineData("cpf 111.111.111-11")]
    public void Document_WithWrongCheckDigits_IsNotFound(string text)
    {
        Assert.Null(Understand(text).Document);
    }

    [Theory]
    [InlineData("hoje", "2026-03-10")]
    [InlineData("pode ser amanhã?", "2026-03-11")]
    [InlineData("depois de amanha", "2026-03-12")]
    [InlineData("na sexta", "2026-03-13")]
    [InlineData("sexta-feira de manhã", "2026-03-13")]
    [InlineData("terça", "2026-03-17")] // today is Tuesday: the next one
    [InlineData("me liga segunda", "2026-03-16")]
    [InlineData("vence 15/03", "2026-03-15")]
    [InlineData("paguei dia 05/01", "2026-01-05")] // no year: the nearest occurrence
    [InlineData("em 20/12/2026", "2026-12-20")]
    [InlineData("2026-04-01", "2026-04-01")]
    [InlineData("15 de abril", "2026-04-15")]
    [InlineData("dia 15", "2026-03-15")]
    [InlineData("dia 5", "2026-04-05")]
    public void Date_RelativeToToday_IsResolved(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Understand(text).Date);
    }

    [Theory]
    [InlineData("segunda via do boleto")]
    [InlineData("bom dia, 2 advogados")]
    [InlineData("31/02")]
    [InlineData("CNPJ 11.222.333/0001-81")]
    public void Date_WhenNoneIsMeant_IsNull(string text)
    {
        Assert.Null(Understand(text).Date);
    }

    [Theory]
    [InlineData("R$ 1.234,56", "1234.56")]
    [InlineData("posso pagar R$50?", "50")]
    [InlineData("paguei 49,90 reais", "49.90")]
    [InlineData("o boleto de R$ 1,234.56", "1234.56")]
    public void Money_WithCurrency_IsRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Understand(text).Money);
    }

    [Fact]
    public void Money_IsNotAlsoTheNumber()
    {
        var understanding = Understand("R$ 1.234,56 para 3 advogados");

        Assert.Equal(1234.56m, understanding.Money);
        Assert.Equal(3m, understanding.Number);
    }

    [Theory]
    [InlineData("nota 5", "5")]
    [InlineData("cinco", "5")]
    [InlineData("vinte e dois", "22")]
    [InlineData("dois mil e quinhentos", "2500")]
    [InlineData("quero um orçamento para 3 advogados", "3")] // digits win over the article "um"
    [InlineData("2,5", "2.5")]
    public void Number_InDigitsOrWords_IsRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Understand(text).Number);
    }

    [Fact]
    public void EmailAndPhone_AreFoundAndNormalised()
    {
        var understanding = Understand("Meu email é Joao.Silva@Example.com.br e o telefone (11) 99999-0001");

        Assert.Equal("joao.silva@example.com.br", understanding.Email?.Value);
        Assert.Equal("+5511999990001", understanding.Phone?.E164);
        Assert.Null(understanding.Number);
    }

    [Theory]
    [InlineData("sim", true)]
    [InlineData("s", true)]
    [InlineData("Sim!", true)]
    [InlineData("claro", true)]
    [InlineData("não", false)]
    [InlineData("nao", false)]
    [InlineData("n", false)]
    [InlineData("Não, obrigado", false)]
    [InlineData("não, só estou pesquisando", false)]
    [InlineData("sim, pode fechar", true)]
    public void YesNo_IsLearntFromTheFlow(string text, bool expected)
    {
        Assert.Equal(expected, Understand(text).YesNo);
    }

    [Theory]
    [InlineData("não consigo acessar")]
    [InlineData("quanto custa a intimação")]
    [InlineData("não recebi o boleto")]
    public void YesNo_InASentenceThatIsNotAnAnswer_IsNull(string text)
    {
        Assert.Null(Understand(text).YesNo);
    }

    [Fact]
    public void MixedAnswer_KeepsBothTheYesAndTheRequest()
    {
        var understanding = Understand("sim, pode fechar com dois advogados");

        Assert.True(understanding.YesNo);
        Assert.Equal("buy", understanding.Intent?.Intent);
        Assert.Equal([new ProductMention("intimacao", 2)], understanding.Products);
    }
}
