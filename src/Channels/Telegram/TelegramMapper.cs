using System.Globalization;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using TgUpdate = Telegram.Bot.Types.Update;

namespace ContactCentre.Channels.Telegram;

/// <summary>Pure wire mapping: Telegram Update → activity, activity → message parts and reply keyboard.</summary>
public static class TelegramMapper
{
    public const string Channel = "telegram";

    /// <summary>Where our host serves a Telegram file (fetched with the bot's token, which never leaves the server).</summary>
    public const string FilePathPrefix = "/api/channels/telegram/files/";

    /// <summary>Telegram's limit for one message's text.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>A <see cref="CardAction.Type"/> rendered as Telegram's "share my phone number" button.</summary>
    public const string RequestContactAction = "requestContact";

    public static TelegramInbound Inbound(TgUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var message = update.Message;
        if (message is null)
        {
            return TelegramInbound.Ignore($"update {update.Id} is a {update.Type}, not a new message");
        }

        if (message.From is { IsBot: true })
        {
            return TelegramInbound.Ignore($"update {update.Id} comes from a bot");
        }

        var attachments = new List<Attachment>();
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram sends every size it made; the last is the largest.
            var photo = sizes[^1];
            attachments.Add(new Attachment("image/jpeg", FilePathPrefix + Uri.EscapeDataString(photo.FileId), $"photo-{message.Id}.jpg"));
        }

        if (message.Document is { } document)
        {
            attachments.Add(new Attachment(document.MimeType ?? "application/octet-stream", FilePathPrefix + Uri.EscapeDataString(document.FileId),
                document.FileName ?? $"document-{message.Id}"));
        }

        var text = message.Text ?? message.Caption;
        string? sharedPhone = null;
        if (message.Contact is { } contact)
        {
            // The phone number the customer shared (R3 identifies by it); Telegram leaves out the "+" at times.
            sharedPhone = Phone(contact.PhoneNumber);
            text ??= sharedPhone;
        }

        if (string.IsNullOrWhiteSpace(text) && attachments.Count == 0)
        {
            return TelegramInbound.Ignore($"update {update.Id} has no text, contact, photo or document");
        }

        var chatId = message.Chat.Id.ToString(CultureInfo.InvariantCulture);
        var name = string.Join(' ', new[] { message.From?.FirstName ?? message.Chat.FirstName, message.From?.LastName ?? message.Chat.LastName }
            .Where(n => !string.IsNullOrWhiteSpace(n)));
        var channelData = new Dictionary<string, object?>
        {
            ["chatType"] = message.Chat.Type.ToString().ToLowerInvariant(),
            ["messageId"] = message.Id,
            ["username"] = message.From?.Username ?? message.Chat.Username,
        };
        if (sharedPhone is not null)
        {
            // Telegram vouches for the number only when the contact is the sender's own.
            channelData["contact"] = new { phoneNumber = sharedPhone, own = message.Contact!.UserId is { } id && id == message.From?.Id };
        }

        return TelegramInbound.Message(new Activity
        {
            Id = update.Id.ToString(CultureInfo.InvariantCulture),
            Timestamp = new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc)),
            From = new ChannelAccount(chatId, name.Length > 0 ? name : null, "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Conversation = new ConversationAccount(chatId),
            ChannelId = Channel,
            Text = text,
            Locale = Locale(message.From?.LanguageCode),
            Attachments = attachments,
            ChannelData = JsonSerializer.SerializeToElement(channelData),
        });
    }

    /// <summary>Suggested actions as a one-time reply keyboard (two buttons a row); none removes a keyboard left open.</summary>
    public static ReplyMarkup Keyboard(SuggestedActions? actions)
    {
        if (actions is not { Actions.Count: > 0 })
        {
            return new ReplyKeyboardRemove();
        }

        var buttons = actions.Actions
            .Select(a => a.Type == RequestContactAction ? KeyboardButton.WithRequestContact(a.Title) : new KeyboardButton(a.Title))
            .Chunk(2)
            .Select(row => row.AsEnumerable());
        return new ReplyKeyboardMarkup(buttons) { OneTimeKeyboard = true, ResizeKeyboard = true };
    }

    /// <summary>Splits a long text at line breaks (or hard, at the limit) into messages Telegram accepts.</summary>
    public static IReadOnlyList<string> Chunks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > MaxTextLength)
        {
            var cut = rest.LastIndexOf('\n', MaxTextLength - 1);
            cut = cut <= 0 ? MaxTextLength : cut;
            chunks.Add(rest[..cut]);
            rest = rest[cut..].TrimStart('\n');
        }

        chunks.Add(rest);
        return chunks;
    }

    /// <summary>The phone number of a contact the customer shared of themselves (Telegram vouches for it), if this activity carries one.</summary>
    public static string? SharedOwnPhone(Activity? activity) =>
        activity is { ChannelId: Channel, ChannelData: { ValueKind: JsonValueKind.Object } data }
        && data.TryGetProperty("contact", out var contact) && contact.ValueKind == JsonValueKind.Object
        && contact.TryGetProperty("own", out var own) && own.ValueKind == JsonValueKind.True
        && contact.TryGetProperty("phoneNumber", out var phone) && phone.ValueKind == JsonValueKind.String
            ? phone.GetString()
            : null;

    private static string Phone(string number)
    {
        var trimmed = number.Trim();
        return trimmed.StartsWith('+') ? trimmed : "+" + trimmed;
    }

    /// <summary>
    /// The user's IETF language tag (Telegram sends "pt-br", "en", "pt-pt"…) in BCP 47 casing ("pt-BR"); which
    /// language the bot speaks is decided by the bot, not here.
    /// </summary>
    private static string? Locale(string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(languageCode))
        {
            return null;
        }

        var parts = languageCode.Trim().Split('-', '_');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant() : parts[i];
        }

        return string.Join('-', parts);
    }
}
