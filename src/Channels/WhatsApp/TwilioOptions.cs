namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// Settings under "Channels:Twilio": the account, the WhatsApp sender and where Twilio is reached.
/// The channel is off while <see cref="AccountSid"/>, <see cref="AuthToken"/> or <see cref="WhatsAppFrom"/> is empty.
/// </summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Channels:Twilio";

    /// <summary>The account (<c>AC…</c>): REST user name, and the only AccountSid accepted on webhooks.</summary>
    public string AccountSid { get; set; } = "";

    /// <summary>Signs webhooks (X-Twilio-Signature) and authenticates REST calls and media downloads.</summary>
    public string AuthToken { get; set; } = "";

    /// <summary>The sender, <c>whatsapp:+E164</c>.</summary>
    public string WhatsAppFrom { get; set; } = "";

    /// <summary>Twilio's REST API; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>
    /// The scheme and host (optionally a path prefix) Twilio calls, for signature checks behind a proxy and
    /// for the status callback URL; empty = the request's own.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Twilio queues at most this many messages per second per sender (WhatsApp: 10 by default, more on request).</summary>
    public double MaxMessagesPerSecond { get; set; } = 10;

    /// <summary>
    /// Hosts media may be fetched from besides Twilio's own (api.twilio.com, *.twilio.com, *.twiliocdn.com),
    /// e.g. the host of a local fake in tests. Exact names, or "*.example.com" for sub-domains.
    /// </summary>
    public List<string> MediaHosts { get; set; } = [];

    /// <summary>Largest media file kept (WhatsApp caps media at 16 MB, documents at 100 MB).</summary>
    public long MaxMediaBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long one REST call may take before it counts as a timeout (retried with backoff).</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => AccountSid.Length > 0 && AuthToken.Length > 0 && WhatsAppFrom.Length > 0;
}
