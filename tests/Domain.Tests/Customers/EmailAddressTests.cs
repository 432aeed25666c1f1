using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Tests.Customers;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("joao@example.com", "joao@example.com")]
    [InlineData("  Joao.Silva@Example.COM.br ", "joao.silva@example.com.br")]
    [InlineData("a+tag@sub.domain.io", "a+tag@sub.domain.io")]
    [InlineData("o'neil_99@example.co.uk", "o'neil_99@example.co.uk")]
    [InlineData("João@Exemplo.com.br", "joão@exemplo.com.br")]
    [InlineData("x@my-host.example", "x@my-host.example")]
    public void TryParse_ValidAddress_ReturnsTrimmedLowerCase(string text, string expected)
    {
        Assert.True(EmailAddress.TryParse(text, out var email));

        Assert.Equal(expected, email.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("joao")]
    [InlineData("joao@")]
    [InlineData("@example.com")]
    [InlineData("joao@example")]          // domain without a dot
    [InlineData("joao@@example.com")]
    [InlineData("jo@ao@example.com")]
    [InlineData("joao silva@example.com")]
    [InlineData("joao@exam ple.com")]
    [InlineData("joao\t@example.com")]
    [InlineData("joao@.example.com")]
    [InlineData("joao@example.com.")]
    [InlineData("joao@example..com")]
    [InlineData(".joao@example.com")]
    [InlineData("joao.@example.com")]
    [InlineData("jo..ao@example.com")]
    [InlineData("<joao@example.com>")]
    [InlineData("joao@example.com, maria@example.com")]
    [InlineData("\"joao\"@example.com")]
    [InlineData("joao@example.c")]       // one-letter top-level domain
    public void TryParse_InvalidAddress_ReturnsFalse(string? text)
    {
        Assert.False(EmailAddress.TryParse(text, out var email));
        Assert.Null(email);
    }

    [Fact]
    public void TryParse_SurroundingNewlineAndTabs_AreTrimmedRatherThanRejected()
    {
        Assert.True(EmailAddress.TryParse("\tjoao@example.com\r\n", out var email));

        Assert.Equal("joao@example.com", email.Value);
    }

    [Fact]
    public void TryParse_LocalPartLongerThan64_ReturnsFalse()
    {
        Assert.True(EmailAddress.TryParse(new string('a', 64) + "@example.com", out _));
        Assert.False(EmailAddress.TryParse(new string('a', 65) + "@example.com", out _));
    }

    [Fact]
    public void TryParse_AddressLongerThan254_ReturnsFalse()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".com"; // 247 chars

        Assert.True(EmailAddress.TryParse("abcdef@" + domain, out _));   // 254
        Assert.False(EmailAddress.TryParse("abcdefg@" + domain, out _)); // 255
    }

    [Fact]
    public void Constructor_ValidValue_IsNormalised()
    {
        Assert.Equal("joao@example.com", new EmailAddress("  JOAO@Example.com ").Value);
    }

    [Fact]
    public void Constructor_InvalidValue_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new EmailAddress("not-an-email"));

        Assert.Equal("Value", exception.ParamName);
    }

    [Fact]
    public void From_ValidText_ReturnsAddress()
    {
        Assert.Equal("maria@empresa.com.br", EmailAddress.From("Maria@Empresa.com.br").Value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("joao", "exactly one '@'")]
    [InlineData("joao@example", "domain")]
    [InlineData("joao silva@example.com", "spaces")]
    public void From_InvalidText_ThrowsArgumentExceptionExplainingWhy(string text, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(() => EmailAddress.From(text));

        Assert.Equal("text", exception.ParamName);
        Assert.Contains("e-mail", exception.Message);
        Assert.Contains(reason, exception.Message);
    }

    [Fact]
    public void From_InvalidText_DoesNotEchoTheAddressIntoTheMessage()
    {
        var exception = Assert.Throws<ArgumentException>(() => EmailAddress.From("joao.secreto@example"));

        Assert.DoesNotContain("secreto", exception.Message);
    }

    [Fact]
    public void Equality_DifferentCase_IsEqual()
    {
        Assert.Equal(EmailAddress.From("Joao@Example.com"), EmailAddress.From("joao@example.COM"));
    }

    [Fact]
    public void ToString_ReturnsValue()
    {
        Assert.Equal("joao@example.com", EmailAddress.From("Joao@Example.com").ToString());
    }

    [Fact]
    public void FindIn_SentenceWithAddresses_FindsThemNormalisedWithoutTrailingPunctuation()
    {
        var found = EmailAddress.FindIn("Escreva para Joao@Example.com ou maria.silva@empresa.com.br.");

        Assert.Equal(["joao@example.com", "maria.silva@empresa.com.br"], found.Select(e => e.Value));
    }

    [Theory]
    [InlineData("<joao@example.com>")]
    [InlineData("mailto:joao@example.com")]
    [InlineData("(joao@example.com)")]
    [InlineData("e-mail: joao@example.com!")]
    [InlineData("\"João\" <joao@example.com>")]
    public void FindIn_AddressWrappedInPunctuation_FindsIt(string text)
    {
        Assert.Equal(["joao@example.com"], EmailAddress.FindIn(text).Select(e => e.Value));
    }

    [Fact]
    public void FindIn_SameAddressTwiceInDifferentCase_ReturnsItOnce()
    {
        Assert.Single(EmailAddress.FindIn("joao@example.com e JOAO@EXAMPLE.COM"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sem e-mail aqui")]
    [InlineData("joao@localhost")]
    [InlineData("@example.com")]
    [InlineData("usuário @ example . com")]
    public void FindIn_TextWithoutValidAddresses_ReturnsEmpty(string text)
    {
        Assert.Empty(EmailAddress.FindIn(text));
    }

    [Fact]
    public void FindIn_Null_ThrowsImmediately()
    {
        Assert.Throws<ArgumentNullException>(() => EmailAddress.FindIn(null!));
    }
}
