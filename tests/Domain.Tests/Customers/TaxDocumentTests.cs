using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Tests.Customers;

public sealed class TaxDocumentTests
{
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("52998224725")]
    [InlineData("529982247-25")]
    [InlineData(" 529 982 247 25 ")]
    [InlineData("529.982.247/25")]
    public void TryParse_ValidCpfInAnySpelling_ReturnsNormalisedCpf(string text)
    {
        Assert.True(TaxDocument.TryParse(text, out var document));

        Assert.Equal(TaxDocumentKind.Cpf, document.Kind);
        Assert.Equal("52998224725", document.Digits);
        Assert.Equal("529.982.247-25", document.Formatted);
    }

    [Theory]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11222333000181")]
    [InlineData("11 222 333 0001 81")]
    [InlineData("11.222.333/000181")]
    public void TryParse_ValidCnpjInAnySpelling_ReturnsNormalisedCnpj(string text)
    {
        Assert.True(TaxDocument.TryParse(text, out var document));

        Assert.Equal(TaxDocumentKind.Cnpj, document.Kind);
        Assert.Equal("11222333000181", document.Digits);
        Assert.Equal("11.222.333/0001-81", document.Formatted);
    }

    [Fact]
    public void TryParse_CpfWithLeadingZeros_KeepsTheZeros()
    {
        Assert.True(TaxDocument.TryParse("000.000.001-91", out var document));

        Assert.Equal("00000000191", document.Digits);
        Assert.Equal("000.000.001-91", document.Formatted);
    }

    [Theory]
    [InlineData("529.982.247-24")] // second check digit wrong
    [InlineData("529.982.247-35")] // first check digit wrong
    [InlineData("529.982.248-25")] // body digit changed
    [InlineData("11.222.333/0001-82")]
    [InlineData("11.222.333/0001-71")]
    public void TryParse_WrongCheckDigits_ReturnsFalse(string text)
    {
        Assert.False(TaxDocument.TryParse(text, out var document));
        Assert.Null(document);
    }

    [Theory]
    [InlineData("000.000.000-00")]
    [InlineData("111.111.111-11")]
    [InlineData("99999999999")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("11111111111111")]
    public void TryParse_AllDigitsTheSame_ReturnsFalseEvenThoughCheckDigitsMatch(string text)
    {
        Assert.False(TaxDocument.TryParse(text, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("5299822472")]        // 10 digits
    [InlineData("529982247251")]      // 12 digits
    [InlineData("1122233300018")]     // 13 digits
    [InlineData("112223330001810")]   // 15 digits
    [InlineData("529.982.247-2a")]
    [InlineData("CPF 529.982.247-25")]
    [InlineData("529,982,247-25")]
    [InlineData("٥٢٩٩٨٢٢٤٧٢٥")]       // Arabic-Indic digits
    public void TryParse_NotElevenOrFourteenDigits_ReturnsFalse(string? text)
    {
        Assert.False(TaxDocument.TryParse(text, out var document));
        Assert.Null(document);
    }

    [Fact]
    public void From_ValidText_ReturnsDocument()
    {
        var document = TaxDocument.From("11.222.333/0001-81");

        Assert.Equal(TaxDocumentKind.Cnpj, document.Kind);
    }

    [Theory]
    [InlineData("529.982.247-24", "check digits")]
    [InlineData("123", "3 digits")]
    [InlineData("111.111.111-11", "same")]
    [InlineData("abc", "only digits")]
    [InlineData("", "empty")]
    public void From_InvalidText_ThrowsArgumentExceptionExplainingWhy(string text, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(() => TaxDocument.From(text));

        Assert.Equal("text", exception.ParamName);
        Assert.Contains("CPF or CNPJ", exception.Message);
        Assert.Contains(reason, exception.Message);
    }

    [Fact]
    public void From_InvalidText_DoesNotEchoTheNumberIntoTheMessage()
    {
        var exception = Assert.Throws<ArgumentException>(() => TaxDocument.From("529.982.247-24"));

        Assert.DoesNotContain("529", exception.Message);
    }

    [Fact]
    public void Equality_DifferentSpellingsOfTheSameNumber_AreEqual()
    {
        var formatted = TaxDocument.From("529.982.247-25");
        var bare = TaxDocument.From("52998224725");

        Assert.Equal(formatted, bare);
        Assert.Equal(formatted.GetHashCode(), bare.GetHashCode());
        Assert.NotEqual(formatted, TaxDocument.From("11.222.333/0001-81"));
    }

    [Fact]
    public void ToString_ReturnsFormatted()
    {
        Assert.Equal("529.982.247-25", TaxDocument.From("52998224725").ToString());
    }

    [Fact]
    public void FindIn_MessageWithFormattedCpfAndCnpj_FindsBothInOrder()
    {
        var found = TaxDocument.FindIn("Meu CPF é 529.982.247-25 e o CNPJ da empresa é 11.222.333/0001-81.").ToList();

        Assert.Equal([TaxDocument.From("52998224725"), TaxDocument.From("11222333000181")], found);
    }

    [Fact]
    public void FindIn_BareDigits_FindsThem()
    {
        var found = TaxDocument.FindIn("cpf:52998224725, cnpj 11222333000181").ToList();

        Assert.Equal(["529.982.247-25", "11.222.333/0001-81"], found.Select(d => d.Formatted));
    }

    [Fact]
    public void FindIn_SameDocumentMentionedTwice_ReturnsItOnce()
    {
        var found = TaxDocument.FindIn("529.982.247-25, repito: 52998224725");

        Assert.Single(found);
    }

    [Fact]
    public void FindIn_InvalidCheckDigits_SkipsThem()
    {
        var found = TaxDocument.FindIn("errado 529.982.247-24, certo 000.000.001-91, repetido 111.111.111-11");

        Assert.Equal(["00000000191"], found.Select(d => d.Digits));
    }

    [Theory]
    [InlineData("pedido 152998224725")]      // 12-digit run
    [InlineData("pedido 5299822472512")]     // 13-digit run
    [InlineData("código 1.529.982.247-25")] // longer punctuated number
    [InlineData("código 529.982.247-25.1")]
    [InlineData("código 529.982.247-25/0")]
    public void FindIn_DocumentInsideALongerNumber_IsNotFound(string text)
    {
        Assert.Empty(TaxDocument.FindIn(text));
    }

    [Theory]
    [InlineData("pedido 52998224725 0")]
    [InlineData("(529.982.247-25)")]
    [InlineData("CPF:529.982.247-25.")]
    [InlineData("cpf=52998224725;")]
    public void FindIn_DocumentDelimitedBySpaceOrPunctuation_IsFound(string text)
    {
        Assert.Equal(["52998224725"], TaxDocument.FindIn(text).Select(d => d.Digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Olá, quero cancelar meu plano")]
    [InlineData("Meu telefone é +5511999990001")]
    [InlineData("Valor R$ 1.234,56 em 2026-03-10")]
    public void FindIn_TextWithoutDocuments_ReturnsEmpty(string text)
    {
        Assert.Empty(TaxDocument.FindIn(text));
    }

    [Fact]
    public void FindIn_Null_ThrowsImmediately()
    {
        Assert.Throws<ArgumentNullException>(() => TaxDocument.FindIn(null!));
    }
}
