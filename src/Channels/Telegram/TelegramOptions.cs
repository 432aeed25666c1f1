namespace ContactCentre.Channels.Telegram;

/// <summary>
/// Settings under "Channels:Telegram". The channel is on when both <see cref="BotToken"/> and
/// <see cref="SecretToken"/> are set: without the secret no webhook call could be told from a forgery.
/// </summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Channels:Telegram";

    /// <summary>BotFather's token, <c>&lt;digits&gt;:&lt;anything&gt;</c>.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Given to setWebhook; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token (1–256 of A-Za-z0-9_-).</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Scheme and authority of the Bot API; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Telegram allows about 30 messages per second across chats (one per second per chat).</summary>
    public double MaxMessagesPerSecond { get; set; } = 25;

    public bool IsEnabled => BotToken.Length > 0 && SecretToken.Length > 0;
}
