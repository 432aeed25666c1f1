using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using TgUpdate = Telegram.Bot.Types.Update;

namespace ContactCentre.Channels.Telegram;

/// <summary>
/// The Telegram channel: the webhook's secret header is checked before the body is read; an Update
/// becomes an activity (its update_id is the inbound claim, so a redelivery is answered once); replies
/// go out through the Bot API with suggested actions as a reply keyboard.
/// </summary>
public sealed class TelegramAdapter(IOptions<TelegramOptions> options, IHttpClientFactory httpClients) : IWebhookAdapter
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxBodyBytes = 1024 * 1024;

    public string ChannelId => TelegramMapper.Channel;

    public double MaxMessagesPerSecond => options.Value.MaxMessagesPerSecond;

    /// <summary>The Bot API client for our token and <see cref="TelegramOptions.ApiBaseUrl"/>; no retries inside (the outbox retries).</summary>
    public TelegramBotClient Client()
    {
        var o = options.Value;
        return new TelegramBotClient(new TelegramBotClientOptions(o.BotToken, o.ApiBaseUrl) { RetryCount = 0 }, httpClients.CreateClient(TelegramMapper.Channel));
    }

    public async Task<InboundVerification> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (inbound, status, problem) = await ReadUpdateAsync(request, cancellationToken);
        return inbound?.Activity is { } activity ? InboundVerification.Accept(activity) : InboundVerification.Reject(status, problem ?? inbound?.IgnoredBecause ?? "");
    }

    /// <summary>Verifies the secret header, then parses the Update; a rejection carries the HTTP status to answer.</summary>
    public async Task<(TelegramInbound? Inbound, int Status, string? Problem)> ReadUpdateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValue(SecretHeader, out var header) || header.Count != 1 || string.IsNullOrEmpty(header[0]))
        {
            return (null, StatusCodes.Status401Unauthorized, $"Missing {SecretHeader}.");
        }

        var expected = Encoding.UTF8.GetBytes(options.Value.SecretToken);
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(header[0]!)))
        {
            return (null, StatusCodes.Status403Forbidden, $"Wrong {SecretHeader}.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"Body over {MaxBodyBytes} bytes.");
        }

        TgUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<TgUpdate>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, StatusCodes.Status400BadRequest, $"Malformed Update: {e.Message}");
        }

        if (update is null || update.Id <= 0)
        {
            return (null, StatusCodes.Status400BadRequest, "An Update with an update_id is required.");
        }

        return (TelegramMapper.Inbound(update), StatusCodes.Status200OK, null);
    }

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var target = activity.Recipient?.Id ?? activity.Conversation.Id;
        if (!long.TryParse(target, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return SendResult.Refused($"'{target}' is not a Telegram chat id.");
        }

        var client = Client();
        try
        {
            Message? last = null;
            var chunks = TelegramMapper.Chunks(activity.Text);
            for (var i = 0; i < chunks.Count; i++)
            {
                // The keyboard goes with the last part, so the buttons sit under the question they answer.
                var markup = i == chunks.Count - 1 ? TelegramMapper.Keyboard(activity.SuggestedActions) : null;
                last = await client.SendMessage(chatId, chunks[i], replyMarkup: markup, cancellationToken: cancellationToken);
            }

            foreach (var attachment in activity.Attachments)
            {
                last = await SendAttachmentAsync(client, chatId, attachment, cancellationToken) ?? last;
            }

            return last is null ? SendResult.Refused("Nothing to send: no text and no attachment Telegram can take.") : SendResult.Ok(last.Id.ToString(CultureInfo.InvariantCulture));
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            var after = e.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            return SendResult.TryLater($"Telegram throttled: {e.Message}", after);
        }
        catch (ApiRequestException e) when (e.ErrorCode >= 500)
        {
            return SendResult.TryLater($"Telegram answered {e.ErrorCode}: {e.Message}");
        }
        catch (ApiRequestException e)
        {
            // 400 (chat not found, bad request) and 403 (the customer blocked the bot) will not get better.
            return SendResult.Refused($"Telegram answered {e.ErrorCode}: {e.Message}");
        }
        catch (RequestException e)
        {
            return SendResult.TryLater($"Telegram unreachable: {e.Message}");
        }
    }

    /// <summary>Files we can hand Telegram: by public URL, or inline base64 content (a PDF quote).</summary>
    private static async Task<Message?> SendAttachmentAsync(TelegramBotClient client, long chatId, Attachment attachment, CancellationToken cancellationToken)
    {
        InputFile? file = null;
        if (attachment.Content is JsonElement { ValueKind: JsonValueKind.String } json && json.TryGetBytesFromBase64(out var bytes))
        {
            file = InputFile.FromStream(new MemoryStream(bytes), attachment.Name ?? "file");
        }
        else if (attachment.Content is string base64 && TryBase64(base64) is { } decoded)
        {
            file = InputFile.FromStream(new MemoryStream(decoded), attachment.Name ?? "file");
        }
        else if (Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            file = InputFile.FromUri(url);
        }

        if (file is null)
        {
            return null;
        }

        return attachment.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            ? await client.SendPhoto(chatId, file, cancellationToken: cancellationToken)
            : await client.SendDocument(chatId, file, cancellationToken: cancellationToken);
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
