using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ContactCentre.Bot.Tests.Telegram;

/// <summary>The pure Telegram mapping, from updates in Telegram's JSON.</summary>
public sealed class TelegramMapperTests
{
    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

    [Fact]
    public void Text_BecomesAMessageActivity_KeyedByUpdateId()
    {
        var inbound = TelegramMapper.Inbound(Parse(TelegramUpdates.Text(10000, 1111111, "/start")));
        var activity = Assert.IsType<Activity>(inbound.Activity);
        Assert.Equal("10000", activity.Id);
        Assert.Equal("1111111", activity.From.Id);
        Assert.Equal("1111111", activity.Conversation.Id);
        Assert.Equal("Test Test Lastname", activity.From.Name);
        Assert.Equal("/start", activity.Text);
        Assert.Equal("pt-BR", activity.Locale);
        Assert.Equal("telegram", activity.ChannelId);
    }

    [Fact]
    public void Contact_CarriesThePhoneAsTextAndAsAVouchedNumber()
    {
        var activity = TelegramMapper.Inbound(Parse(TelegramUpdates.Contact(5, 42, "5511999990001"))).Activity!;
        Assert.Equal("+5511999990001", activity.Text);
        Assert.Equal("+5511999990001", TelegramMapper.SharedOwnPhone(activity));
    }

    [Fact]
    public void Photo_TakesTheLargestSize_ThroughOurProxy()
    {
        var activity = TelegramMapper.Inbound(Parse(TelegramUpdates.Photo(6, 42, "comprovante"))).Activity!;
        Assert.Equal("comprovante", activity.Text);
        var photo = Assert.Single(activity.Attachments);
        Assert.Equal("/api/channels/telegram/files/AgACbig", photo.ContentUrl);
        Assert.Equal("image/jpeg", photo.ContentType);
    }

    [Fact]
    public void EditedMessage_IsIgnored() =>
        Assert.NotNull(TelegramMapper.Inbound(Parse(TelegramUpdates.EditedMessage(7, 42))).IgnoredBecause);

    [Fact]
    public void SuggestedActions_BecomeAOneTimeReplyKeyboard_TwoARow()
    {
        var markup = Assert.IsType<ReplyKeyboardMarkup>(TelegramMapper.Keyboard(new SuggestedActions(
            [new CardAction("Boleto", "boleto"), new CardAction("Pix", "pix"), new CardAction("Compartilhar telefone", "phone", TelegramMapper.RequestContactAction)])));
        var rows = markup.Keyboard.Select(r => r.ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Boleto", "Pix"], rows[0].Select(b => b.Text));
        Assert.True(rows[1][0].RequestContact);
        Assert.True(markup.OneTimeKeyboard);
        Assert.IsType<ReplyKeyboardRemove>(TelegramMapper.Keyboard(null));
    }

    [Fact]
    public void LongText_IsSplitUnderTelegramsLimit()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('a', 1000), 9));
        var chunks = TelegramMapper.Chunks(text);
        Assert.All(chunks, c => Assert.True(c.Length <= TelegramMapper.MaxTextLength));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(chunks).Replace("\n", "", StringComparison.Ordinal));
    }
}
