using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// The thin HTTP sender: <c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>, form-encoded,
/// HTTP Basic with the account's SID and auth token. One call per message; retries belong to the outbox.
/// Twilio has no idempotency key, so this never retries by itself.
/// </summary>
public sealed class TwilioMessagesClient(IHttpClientFactory httpClients, IOptions<TwilioOptions> options)
{
    public const string HttpClientName = "twilio";

    public async Task<TwilioSendOutcome> CreateMessageAsync(IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl(o))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = BasicAuth(o);
        request.Headers.Accept.ParseAdd("application/json");

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = TryParse(text);
        if (response.IsSuccessStatusCode)
        {
            return new TwilioSendOutcome(status, Read(json, "sid"), Read(json, "status"), Read(json, "error_code"), Read(json, "error_message"));
        }

        // Twilio's error body: {code, message, more_info, status}.
        var retryAfter = response.Headers.RetryAfter is { } after
            ? after.Delta ?? (after.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
        return new TwilioSendOutcome(status, null, null, Read(json, "code"), Read(json, "message") ?? Trim(text), retryAfter);
    }

    public static Uri MessagesUrl(TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri($"{options.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(options.AccountSid)}/Messages.json");
    }

    /// <summary>HTTP Basic with AccountSid:AuthToken: for Twilio's own hosts only.</summary>
    public static AuthenticationHeaderValue BasicAuth(TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.AccountSid}:{options.AuthToken}")));
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Read(JsonElement? json, string name) =>
        json is { } root && root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300];
}
