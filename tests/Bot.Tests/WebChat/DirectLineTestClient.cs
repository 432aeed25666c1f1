using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>Plain HTTP calls to /v3/directline and /api/webchat/token, for the tests that look at status codes and bodies.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public const string Question = "quanto custa a intimação para 2 advogados?";

    public HttpClient Http => http;

    /// <summary>What the page does: a token for a new conversation from POST /api/webchat/token.</summary>
    public async Task<(string ConversationId, string Token, string UserId)> NewConversationAsync()
    {
        using var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (root.GetProperty("conversationId").GetString()!, root.GetProperty("token").GetString()!, root.GetProperty("userId").GetString()!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string bearer, string json) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string bearer, string text, string clientActivityId) =>
        PostActivityAsync(conversationId, bearer, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "whoever", role = "user" },
            locale = "pt-BR",
            channelData = new { clientActivityID = clientActivityId },
        }));

    public async Task<(IReadOnlyList<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string conversationId, string bearer, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", bearer);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return ([.. root.GetProperty("activities").EnumerateArray().Select(a => a.Clone())], root.GetProperty("watermark").GetString()!);
    }

    /// <summary>Polls (as webSocket:false clients do) until the conversation's log satisfies <paramref name="done"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string conversationId, string bearer, Func<IReadOnlyList<JsonElement>, bool> done, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var (activities, _) = await GetActivitiesAsync(conversationId, bearer);
            if (done(activities))
            {
                return activities;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Conversation {conversationId} never got there; it has: {string.Join(" | ", activities.Select(Describe))}");
            }

            await Task.Delay(200);
        }
    }

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() : null;

    public static string? Role(JsonElement activity) => activity.TryGetProperty("from", out var f) && f.TryGetProperty("role", out var r) ? r.GetString() : null;

    public static string? ClientActivityId(JsonElement activity) =>
        activity.TryGetProperty("channelData", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("clientActivityID", out var c) ? c.GetString() : null;

    public static bool IsQuote(JsonElement activity) => Role(activity) == "bot" && Text(activity)?.Contains("R$ 99,80", StringComparison.Ordinal) == true;

    private static string Describe(JsonElement a) => $"{a.GetProperty("type").GetString()} {Role(a)} {Text(a)}";
}
