using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.Studio;

/// <summary>The real host on Kestrel with helpers for the studio API: clients holding API keys with chosen scopes.</summary>
internal sealed class StudioApi : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private StudioApi(TestHost host) => Host = host;

    public TestHost Host { get; }

    public static async Task<StudioApi> StartAsync(params string[] settings) => new(await TestHost.StartAsync(settings));

    /// <summary>A client whose calls carry a fresh key with these scopes (created as a manager would).</summary>
    public async Task<HttpClient> ClientWithScopesAsync(params string[] scopes)
    {
        var (key, problem) = await Host.App.Services.GetRequiredService<ApiKeys>().CreateAsync("tests", scopes, "gerente@test", CancellationToken.None);
        Assert.True(key is not null, problem);
        return Client(key!.Key);
    }

    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Host.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        _clients.Add(client);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string path, object body) => client.PutAsJsonAsync(path, body);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
    }
}
