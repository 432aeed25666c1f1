using ContactCentre.Bot.Email;
using ContactCentre.Bot.Scenarios.Running;
using ContactCentre.Channels.Email;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>What each channel adapter puts in <c>Activity.Locale</c> (a neutral hint; the bot decides the language).</summary>
public sealed class ChannelLanguageHintTests
{
    [Theory]
    [InlineData("pt-PT", "pt-PT")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en-GB")]
    public void Telegram_LanguageCode_ReachesTheActivityInBcp47Casing(string sent, string locale)
    {
        // ChannelEntry builds the Update Telegram posts (language_code "pt-pt", as Telegram spells it) and maps it with TelegramMapper.
        var activity = ChannelEntry.Telegram("700100400", "olá", 0, DateTimeOffset.UnixEpoch.AddYears(56), sent);

        Assert.Equal(locale, activity.Locale);
    }

    [Theory]
    [InlineData("Bom dia, gostava de saber o preço da intimação. Cumprimentos", "pt-PT")]
    [InlineData("Olá, estou a pensar contratar o serviço para a minha equipa. Quanto custa?", "pt-PT")]
    [InlineData("Bom dia, gostaria de saber o preço da intimação. Obrigado", "pt-BR")]
    [InlineData("Olá, estou pensando em contratar o serviço para minha equipe. Quanto custa?", "pt-BR")]
    [InlineData("Hello, how much does the subscription cost? Thanks", "en")]
    public void Email_WordsOfPortugal_MakeAPortugueseMailPtPt(string text, string expected) =>
        Assert.Equal(expected, MailLanguage.Detect(null, text));

    [Theory]
    [InlineData("pt-PT", "pt-PT")]
    [InlineData("pt-AO", "pt-PT")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("en-GB", "en")]
    public void Email_DeclaredContentLanguage_Wins(string declared, string expected) =>
        Assert.Equal(expected, MailLanguage.Detect(declared, "Hello, how much does it cost? Thanks"));

    [Fact]
    public void Email_PtPtFraming_HasItsOwnWords()
    {
        var wording = EmailWording.For("pt-PT");
        var quote = QuoteWording.For("pt-PT");

        Assert.Equal("pt-PT", wording.Language);
        Assert.Equal("Apoio ao cliente", wording.DefaultSubject);
        Assert.Equal("pt-PT", quote.Culture);
        Assert.Equal("Emitido a", quote.Issued);
    }
}
