using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCentre.Channels.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ContactCentre.Channels.Test;

/// <summary>A JSON webhook channel with a shared-secret check; sends by POSTing the activity to a sink URL.</summary>
public sealed class TestChannelAdapter(IOptions<TestChannelOptions> options, IHttpClientFactory httpClients) : IWebhookAdapter
{
    public const string Channel = "test";
    private const int MaxBodyBytes = 64 * 1024;

    public string ChannelId => Channel;

    public double MaxMessagesPerSecond => options.Value.MaxMessagesPerSecond;

    public async Task<InboundVerification> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.Secret);
        var given = Encoding.UTF8.GetBytes(request.Headers["X-Test-Channel-Secret"].ToString());
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return InboundVerification.Reject(StatusCodes.Status403Forbidden, "Missing or wrong X-Test-Channel-Secret.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return InboundVerification.Reject(StatusCodes.Status413PayloadTooLarge, $"Body over {MaxBodyBytes} bytes.");
        }

        TestChannelMessage? message;
        try
        {
            message = await JsonSerializer.DeserializeAsync<TestChannelMessage>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException e)
        {
            return InboundVerification.Reject(StatusCodes.Status400BadRequest, $"Malformed JSON: {e.Message}");
        }

        if (message is null || string.IsNullOrWhiteSpace(message.Id) || string.IsNullOrWhiteSpace(message.From))
        {
            return InboundVerification.Reject(StatusCodes.Status400BadRequest, "Fields 'id' and 'from' are required.");
        }

        return InboundVerification.Accept(new Activity
        {
            Id = message.Id,
            From = new ChannelAccount(message.From, message.Name, "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Conversation = new ConversationAccount(message.From),
            ChannelId = Channel,
            Text = message.Text,
        });
    }

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.SinkUrl))
        {
            return SendResult.Ok(activity.Id);
        }

        using var client = httpClients.CreateClient(Channel);
        using var response = await client.PostAsJsonAsync(options.Value.SinkUrl, activity, JsonSerializerOptions.Web, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return SendResult.Ok(activity.Id);
        }

        var status = (int)response.StatusCode;
        return status is 429 or >= 500
            ? SendResult.TryLater($"sink answered {status}", response.Headers.RetryAfter?.Delta)
            : SendResult.Refused($"sink answered {status}");
    }
}
