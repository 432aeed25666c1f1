using System.Globalization;
using ContactCentre.Domain.Billing;

namespace ContactCentre.Domain.Tests.Billing;

public sealed class MoneyTests
{
    public static TheoryData<decimal, string> BrazilianFormats => new()
    {
        { 0m, "R$ 0,00" },
        { 1m, "R$ 1,00" },
        { 49.9m, "R$ 49,90" },
        { 100m, "R$ 100,00" },
        { 999.99m, "R$ 999,99" },
        { 1000m, "R$ 1.000,00" },
        { 1234.56m, "R$ 1.234,56" },
        { 1234567.891m, "R$ 1.234.567,89" },
        { -1m, "-R$ 1,00" },
        { -1234.5m, "-R$ 1.234,50" },
        { 0.005m, "R$ 0,01" },      // half away from zero, not banker's rounding
        { 0.125m, "R$ 0,13" },
        { 2.675m, "R$ 2,68" },
        { -0.125m, "-R$ 0,13" },
        { 999.995m, "R$ 1.000,00" }, // rounding carries into a new group
        { -0.001m, "R$ 0,00" },      // rounds to zero: no minus sign
        { -0.00m, "R$ 0,00" },       // negative decimal zero
    };

    [Theory]
    [MemberData(nameof(BrazilianFormats))]
    public void Format_PtBr_UsesRealSymbolDotGroupsAndCommaDecimals(decimal amount, string expected)
    {
        Assert.Equal(expected, Money.Format(amount, "pt-BR"));
    }

    [Fact]
    public void Format_DefaultCulture_IsPtBr()
    {
        Assert.Equal("R$ 1.234,56", Money.Format(1234.56m));
    }

    [Theory]
    [InlineData("pt")]
    [InlineData("PT-br")]
    [InlineData("es-AR")]   // unknown cultures fall back to the Brazilian style
    [InlineData("")]
    [InlineData("english")] // not an "en" tag
    [InlineData("pt-PTX")]
    public void Format_BrazilianPortugueseOrUnknownCulture_UsesBrazilianStyle(string culture)
    {
        Assert.Equal("R$ 1.234,56", Money.Format(1234.56m, culture));
    }

    [Fact]
    public void Format_NullCulture_UsesBrazilianStyle()
    {
        Assert.Equal("R$ 1.234,56", Money.Format(1234.56m, null!));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en_US")]
    [InlineData("EN")]
    public void Format_EnglishCulture_IsCldrEnUsForBrl_SymbolWithoutSpace(string culture)
    {
        Assert.Equal("R$1,234.56", Money.Format(1234.56m, culture));
        Assert.Equal("-R$1.00", Money.Format(-1m, culture));
        Assert.Equal("R$1,234,567.00", Money.Format(1234567m, culture));
    }

    [Theory]
    [InlineData("pt-PT")]
    [InlineData("pt_PT")]
    [InlineData("PT-pt")]
    public void Format_Portugal_IsCldrPtPtForBrl_SymbolAfterAndSpaceGroupsFromFiveDigits(string culture)
    {
        Assert.Equal("1234,56 R$", Money.Format(1234.56m, culture));
        Assert.Equal("49,90 R$", Money.Format(49.9m, culture));
        Assert.Equal("12 345,67 R$", Money.Format(12345.67m, culture));
        Assert.Equal("1 234 567,00 R$", Money.Format(1234567m, culture));
        Assert.Equal("-1234,56 R$", Money.Format(-1234.56m, culture));
    }

    [Fact]
    public void Format_Always_UsesAPlainAsciiSpaceAfterTheSymbol()
    {
        var text = Money.Format(1234.56m);

        Assert.Equal(' ', text[2]);
        Assert.All(text, c => Assert.True(c < 128, $"non-ASCII character U+{(int)c:X4}"));
    }

    [Fact]
    public void Format_UnusualCurrentCulture_DoesNotChangeTheResult()
    {
        var original = CultureInfo.CurrentCulture;
        var weird = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        weird.NumberFormat.NumberDecimalSeparator = "#";
        weird.NumberFormat.NumberGroupSeparator = "~";
        weird.NumberFormat.NegativeSign = "NEG";
        try
        {
            CultureInfo.CurrentCulture = weird;

            Assert.Equal("-R$ 1.234,56", Money.Format(-1234.56m));
            Assert.True(Money.TryParse("-R$ 1.234,56", out var amount));
            Assert.Equal(-1234.56m, amount);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Format_ExtremeValues_DoNotOverflow()
    {
        Assert.Equal("R$ 79.228.162.514.264.337.593.543.950.335,00", Money.Format(decimal.MaxValue));
        Assert.Equal("-R$ 79.228.162.514.264.337.593.543.950.335,00", Money.Format(decimal.MinValue));
    }

    public static TheoryData<string, decimal> ParsableTexts => new()
    {
        { "R$ 1.234,56", 1234.56m },
        { "R$1.234,56", 1234.56m },
        { "r$ 10", 10m },
        { "R$\u00A01.234,56", 1234.56m },   // NBSP, as some ICU versions print it
        { "R$\u202F1.234,56", 1234.56m },   // narrow NBSP
        { "1234,56", 1234.56m },
        { "1.234", 1234m },                 // Brazilian thousands separator
        { "49,90", 49.90m },
        { "49.90", 49.90m },
        { "  49,90  ", 49.90m },
        { "R$ 1,234.56", 1234.56m },         // English style
        { "1.234.567,89", 1234567.89m },
        { "1.234.567", 1234567m },
        { "1,234,567", 1234567m },
        { "1,234,567.5", 1234567.5m },
        { "1,5", 1.5m },
        { "1,234", 1.234m },                // a single comma is always decimal
        { "12.5", 12.5m },
        { "1.2345", 1.2345m },
        { "0.500", 0.5m },                  // "0" cannot lead a thousands group
        { "1234", 1234m },
        { "0", 0m },
        { "-R$ 1,00", -1m },
        { "R$ -1,00", -1m },
        { "-49.90", -49.90m },
        { "- R$ 5", -5m },
        { "R$1,234.56", 1234.56m },          // English (CLDR en-US)
        { "1234,56 R$", 1234.56m },          // Portugal (CLDR pt-PT): the symbol after
        { "12 345,67 R$", 12345.67m },       // Portugal groups with a space
        { "12\u00A0345,67\u00A0R$", 12345.67m }, // or a no-break space
        { "1 234,56", 1234.56m },
    };

    [Theory]
    [MemberData(nameof(ParsableTexts))]
    public void TryParse_UnderstoodText_ReturnsAmount(string text, decimal expected)
    {
        Assert.True(Money.TryParse(text, out var amount));

        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("R$")]
    [InlineData("abc")]
    [InlineData("1.23.4")]          // malformed grouping
    [InlineData("12,34,5")]
    [InlineData("1234.567,89")]     // first group longer than three digits
    [InlineData("1,234.567,8")]     // two decimal separators
    [InlineData("1.234,5.6")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1..2")]
    [InlineData("12 34,56")]        // a space that is no thousands group
    [InlineData("1 234.56")]        // space groups go with a decimal comma only
    [InlineData("R$ 1.234,56 reais")]
    [InlineData("--1")]
    [InlineData("R$ --1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("US$ 10")]
    [InlineData("٤٩,٩٠")]           // Arabic-Indic digits
    [InlineData("99999999999999999999999999999999")] // overflows decimal
    public void TryParse_UnrecognisedText_ReturnsFalseAndZero(string? text)
    {
        Assert.False(Money.TryParse(text!, out var amount));
        Assert.Equal(0m, amount);
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("pt-PT")]
    [InlineData("en")]
    public void TryParse_OutputOfFormat_RoundTrips(string culture)
    {
        decimal[] amounts = [0m, 0.01m, 5m, 49.9m, 999.99m, 1000m, 1234.56m, 1000000m, 987654321.09m, -1m, -1234.56m];

        foreach (var amount in amounts)
        {
            Assert.True(Money.TryParse(Money.Format(amount, culture), out var parsed));
            Assert.Equal(amount, parsed);
        }
    }
}
