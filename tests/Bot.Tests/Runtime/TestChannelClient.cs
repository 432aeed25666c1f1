using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>Posts to the test channel's webhook the way a provider would.</summary>
internal static class TestChannelClient
{
    public const string Secret = "s3cret";
    public const string Path = "/api/channels/test";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string id, string from, string text, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
        {
            Content = JsonContent.Create(new { id, from, text }),
        };
        request.Headers.Add("X-Test-Channel-Secret", Secret);
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Posts and returns the acknowledged outcome ("processed" or "duplicate"); fails on anything but 200.</summary>
    public static async Task<string> PostForOutcomeAsync(HttpClient client, string id, string from, string text, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync(client, id, from, text, cancellationToken);
        return await OutcomeAsync(response, cancellationToken);
    }

    public static async Task<string> OutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"Webhook answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("outcome").GetString() ?? "";
    }
}
