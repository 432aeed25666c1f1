using ContactCentre.Domain.Customers;

namespace ContactCentre.Domain.Tests.Customers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+5511999990001", "+5511999990001")]
    [InlineData("whatsapp:+5511999990001", "+5511999990001")]
    [InlineData("WhatsApp:+5511999990001", "+5511999990001")]
    [InlineData("5511999990001", "+5511999990001")]      // 13 digits starting with 55
    [InlineData("551199990001", "+551199990001")]        // 12 digits: pre-9th-digit WhatsApp id
    [InlineData("(11) 99999-0001", "+5511999990001")]
    [InlineData("11 99999-0001", "+5511999990001")]
    [InlineData("11999990001", "+5511999990001")]
    [InlineData("(11)99999-0001", "+5511999990001")]
    [InlineData("1133334444", "+551133334444")]          // 10-digit landline
    [InlineData("5599990001", "+555599990001")]          // DDD 55 (Santa Maria), not a country code
    [InlineData("+55 (11) 99999-0001", "+5511999990001")]
    [InlineData("  +55 11 99999 0001  ", "+5511999990001")]
    [InlineData("+55.11.99999.0001", "+5511999990001")]
    [InlineData("+14155550100", "+14155550100")]
    [InlineData("+351 912 345 678", "+351912345678")]
    [InlineData("+12345678", "+12345678")]               // 8 digits, E.164 minimum
    [InlineData("+123456789012345", "+123456789012345")] // 15 digits, E.164 maximum
    public void TryParse_AcceptedShape_ReturnsE164(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));

        Assert.Equal(expected, phone.E164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("123")]
    [InlineData("11 9999-000")]         // 9 national digits
    [InlineData("119999900012")]        // 12 digits not starting with 55
    [InlineData("55119999900012")]      // 14 digits starting with 55
    [InlineData("+1234567")]            // 7 digits, below E.164 minimum
    [InlineData("+1234567890123456")]   // 16 digits, above E.164 maximum
    [InlineData("+0123456789")]         // country codes never start with 0
    [InlineData("+55 11 9999")]         // Brazilian number too short
    [InlineData("+55119999900012")]     // Brazilian number too long
    [InlineData("+5501999990001")]      // DDD cannot contain 0
    [InlineData("+5510999990001")]
    [InlineData("01199990001")]         // leading trunk prefix
    [InlineData("011999990001")]
    [InlineData("tel:+5511999990001")]
    [InlineData("whatsapp:")]
    [InlineData("+")]
    [InlineData("+55+11999990001")]
    [InlineData("11 99999-0001 ramal 2")]
    [InlineData("5511999990001x")]
    [InlineData("+55 11 99999/0001")]
    public void TryParse_AnythingElse_ReturnsFalse(string? text)
    {
        Assert.False(PhoneNumber.TryParse(text, out var phone));
        Assert.Null(phone);
    }

    [Theory]
    [InlineData("4155550100", "1", "+14155550100")]
    [InlineData("(415) 555-0100", "1", "+14155550100")]
    [InlineData("5511999990001", "1", "+5511999990001")] // still read as Brazilian international
    public void TryParse_NationalNumberWithOtherDefaultCountry_UsesThatCountryCode(string text, string country, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone, country));

        Assert.Equal(expected, phone.E164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1234")]
    [InlineData("+55")]
    [InlineData("5a")]
    public void TryParse_InvalidDefaultCountryCode_Throws(string country)
    {
        Assert.Throws<ArgumentException>(() => PhoneNumber.TryParse("11999990001", out _, country));
    }

    [Fact]
    public void TryParse_NullDefaultCountryCode_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PhoneNumber.TryParse("11999990001", out _, null!));
    }

    [Fact]
    public void Constructor_CanonicalE164_Succeeds()
    {
        Assert.Equal("+5511999990001", new PhoneNumber("+5511999990001").E164);
    }

    [Theory]
    [InlineData("11999990001")]
    [InlineData("+55 11 99999-0001")]
    [InlineData("whatsapp:+5511999990001")]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_NonCanonicalValue_Throws(string? value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new PhoneNumber(value!));

        Assert.Equal("E164", exception.ParamName);
    }

    [Fact]
    public void From_ValidText_ReturnsPhone()
    {
        Assert.Equal(new PhoneNumber("+5511999990001"), PhoneNumber.From("(11) 99999-0001"));
    }

    [Fact]
    public void From_InvalidText_ThrowsArgumentExceptionWithoutEchoingTheInput()
    {
        var exception = Assert.Throws<ArgumentException>(() => PhoneNumber.From("11 98765-43"));

        Assert.Equal("text", exception.ParamName);
        Assert.Contains("phone number", exception.Message);
        Assert.DoesNotContain("98765", exception.Message);
    }

    [Fact]
    public void Equality_SameNumberFromDifferentChannels_IsEqual()
    {
        Assert.Equal(PhoneNumber.From("whatsapp:+5511999990001"), PhoneNumber.From("(11) 99999-0001"));
    }

    [Fact]
    public void ToString_ReturnsE164()
    {
        Assert.Equal("+5511999990001", PhoneNumber.From("11 99999-0001").ToString());
    }

    [Fact]
    public void FindIn_MessageWithSeveralSpellings_FindsAllInOrder()
    {
        var found = PhoneNumber.FindIn(
            "Me liga no (11) 99999-0001 ou no +55 21 98888-7777; fixo 11 3333-4444, EUA +14155550100.");

        Assert.Equal(
            ["+5511999990001", "+5521988887777", "+551133334444", "+14155550100"],
            found.Select(p => p.E164));
    }

    [Fact]
    public void FindIn_ChannelAddress_FindsTheNumber()
    {
        Assert.Equal(["+5511999990001"], PhoneNumber.FindIn("from whatsapp:+5511999990001").Select(p => p.E164));
    }

    [Fact]
    public void FindIn_SameNumberTwice_ReturnsItOnce()
    {
        Assert.Single(PhoneNumber.FindIn("11999990001 ou +55 11 99999-0001"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Quero falar com um atendente")]
    [InlineData("CPF 529.982.247-25")]
    [InlineData("CNPJ 11.222.333/0001-81")]
    [InlineData("Valor R$ 1.234,56 em 2026-03-10")]
    [InlineData("pedido 1234567890123456789")]
    [InlineData("protocolo ABC11999990001")]
    [InlineData("9999-0001")] // no area code
    public void FindIn_TextWithoutPhones_ReturnsEmpty(string text)
    {
        Assert.Empty(PhoneNumber.FindIn(text));
    }

    [Fact]
    public void FindIn_Null_ThrowsImmediately()
    {
        Assert.Throws<ArgumentNullException>(() => PhoneNumber.FindIn(null!));
    }
}
