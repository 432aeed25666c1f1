using System.Globalization;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using Microsoft.AspNetCore.Http;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>Twilio's WhatsApp wire format ⇄ <see cref="Activity"/>. Pure: no I/O, no settings beyond its arguments.</summary>
public static partial class WhatsAppMapper
{
    public const string Channel = "whatsapp";
    public const string AddressPrefix = "whatsapp:";

    /// <summary>Twilio sends at most 10 media per message.</summary>
    public const int MaxMedia = 10;

    /// <summary>
    /// An inbound message webhook (already verified) → a message activity: id = MessageSid (the inbound
    /// claim's key), from = the customer's E.164 number, attachments = MediaUrl{N}/MediaContentType{N},
    /// every received field kept verbatim in channelData. Missing or malformed core fields → 400.
    /// </summary>
    public static InboundVerification ToActivity(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var missing = new[] { "MessageSid", "AccountSid", "From", "To" }.Where(f => string.IsNullOrWhiteSpace(form.Get(f))).ToList();
        if (missing.Count > 0)
        {
            return InboundVerification.Reject(StatusCodes.Status400BadRequest, $"Missing field(s): {string.Join(", ", missing)}.");
        }

        var from = Address(form.Get("From")!);
        var to = Address(form.Get("To")!);
        if (from is null || to is null)
        {
            return InboundVerification.Reject(StatusCodes.Status400BadRequest, "From and To must be WhatsApp addresses (whatsapp:+E164).");
        }

        var count = 0;
        if (form.Get("NumMedia") is { Length: > 0 } numMedia
            && (!int.TryParse(numMedia, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count > MaxMedia))
        {
            return InboundVerification.Reject(StatusCodes.Status400BadRequest, $"NumMedia must be a number from 0 to {MaxMedia}.");
        }

        var attachments = new List<Attachment>();
        for (var n = 0; n < count; n++)
        {
            var url = form.Get($"MediaUrl{n}");
            if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                return InboundVerification.Reject(StatusCodes.Status400BadRequest, $"MediaUrl{n} is missing or not an absolute URL.");
            }

            attachments.Add(new Attachment(form.Get($"MediaContentType{n}") is { Length: > 0 } type ? type : "application/octet-stream", url));
        }

        var body = form.Get("Body");
        return InboundVerification.Accept(new Activity
        {
            Type = ActivityTypes.Message,
            Id = form.Get("MessageSid"),
            From = new ChannelAccount(from, form.Get("ProfileName") is { Length: > 0 } name ? name : null, "user"),
            Recipient = new ChannelAccount(to, Role: "bot"),
            Conversation = new ConversationAccount(from),
            ChannelId = Channel,
            Text = string.IsNullOrEmpty(body) ? null : body,
            Attachments = attachments,
            ChannelData = Verbatim(form),
        });
    }

    /// <summary>A status callback (already verified) → its message, status and error code. Missing fields → 400.</summary>
    public static (TwilioStatusCallback? Status, string? Problem) ToStatus(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var sid = form.Get("MessageSid") ?? form.Get("SmsSid");
        var status = form.Get("MessageStatus") ?? form.Get("SmsStatus");
        var account = form.Get("AccountSid");
        if (string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(status) || string.IsNullOrWhiteSpace(account))
        {
            return (null, "MessageSid, MessageStatus and AccountSid are required.");
        }

        var errorCode = form.Get("ErrorCode");
        return (new TwilioStatusCallback(sid, status.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(errorCode) ? null : errorCode.Trim(),
            account, form.Get("To"), form.Get("From")), null);
    }

    /// <summary>The E.164 number of a <c>whatsapp:+E164</c> address, or null when it is not one.</summary>
    public static string? Address(string wire)
    {
        ArgumentNullException.ThrowIfNull(wire);
        if (!wire.StartsWith(AddressPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var number = wire[AddressPrefix.Length..].Trim();
        return number.Length is >= 2 and <= 16 && number[0] == '+' && number.Skip(1).All(char.IsAsciiDigit) ? number : null;
    }

    /// <summary>Every received field, first value per name; Twilio adds fields without notice, so none is chosen away.</summary>
    private static JsonElement Verbatim(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            fields.TryAdd(name, value);
        }

        return JsonSerializer.SerializeToElement(fields);
    }
}
