using System.Text;
using ContactCentre.Channels.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Posts to the bot the way Twilio does: a form body, signed with the auth token over the full URL.</summary>
internal static class TwilioWebhook
{
    public const string InboundPath = "/api/channels/whatsapp";
    public const string StatusPath = "/api/channels/whatsapp/status";

    public static string NewMessageSid() => ("SM" + Guid.NewGuid().ToString("N"))[..34];

    /// <summary>The fields of a real WhatsApp text message webhook (protocols.md A1's capture), in Twilio's order.</summary>
    public static List<KeyValuePair<string, string>> Message(string messageSid, string customer, string body, string? profileName = "Ana", string accountSid = FakeTwilio.AccountSid)
    {
        return
        [
            new("SmsMessageSid", messageSid),
            new("NumMedia", "0"),
            new("ProfileName", profileName ?? ""),
            new("SmsSid", messageSid),
            new("WaId", customer.TrimStart('+')),
            new("SmsStatus", "received"),
            new("Body", body),
            new("To", FakeTwilio.Sender),
            new("NumSegments", "1"),
            new("ReferralNumMedia", "0"),
            new("MessageSid", messageSid),
            new("AccountSid", accountSid),
            new("From", "whatsapp:" + customer),
            new("ApiVersion", "2010-04-01"),
        ];
    }

    /// <summary>A message with media: NumMedia and MediaUrl{N}/MediaContentType{N}, body possibly empty (a voice note).</summary>
    public static List<KeyValuePair<string, string>> WithMedia(List<KeyValuePair<string, string>> message, params (string Url, string Type)[] media)
    {
        var form = message.Where(p => p.Key != "NumMedia").ToList();
        form.Add(new("NumMedia", media.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < media.Length; i++)
        {
            form.Add(new($"MediaContentType{i}", media[i].Type));
            form.Add(new($"MediaUrl{i}", media[i].Url));
        }

        form.Add(new("MessageType", media.Length > 0 && media[0].Type.StartsWith("audio/", StringComparison.Ordinal) ? "audio" : "image"));
        return form;
    }

    /// <summary>A status callback as Twilio sends it for a WhatsApp message.</summary>
    public static List<KeyValuePair<string, string>> Status(string messageSid, string status, string customer, string? errorCode = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("ChannelPrefix", "whatsapp"),
            new("ApiVersion", "2010-04-01"),
            new("MessageStatus", status),
            new("SmsSid", messageSid),
            new("SmsStatus", status),
            new("ChannelInstallSid", "XE00000000000000000000000000000000"),
            new("To", "whatsapp:" + customer),
            new("From", FakeTwilio.Sender),
            new("MessageSid", messageSid),
            new("AccountSid", FakeTwilio.AccountSid),
            new("ChannelToAddress", customer[..Math.Min(customer.Length, 8)] + "XXXX"),
        };
        if (errorCode is not null)
        {
            form.Add(new("ErrorCode", errorCode));
        }

        return form;
    }

    /// <summary>
    /// POSTs the form to <paramref name="url"/> (absolute), signed over <paramref name="signedUrl"/> (the URL Twilio called,
    /// a proxy's public one; default <paramref name="url"/>) unless a signature is given.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IReadOnlyList<KeyValuePair<string, string>> form,
        string? signature = null, string authToken = FakeTwilio.AuthToken, string contentType = "application/x-www-form-urlencoded", string? signedUrl = null,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
        {
            Content = new StringContent(TwilioForm.Encode(form), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSignature.Compute(authToken, signedUrl ?? url, form));
        request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        return await client.SendAsync(request, cancellationToken);
    }
}
