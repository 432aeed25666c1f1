using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Tests.Support;
using Microsoft.AspNetCore.Routing;

namespace ContactCentre.Bot.Tests.Studio;

/// <summary>The studio API with the console's sign-in: managers may do everything, agents and supervisors nothing.</summary>
public sealed partial class StudioSignInTests
{
    [Theory]
    [InlineData("ana")]
    [InlineData(null)] // the supervisor
    public async Task NonManager_Gets403OnEveryStudioEndpoint(string? agent)
    {
        await using var api = await StudioApi.StartAsync();
        using var user = await SignedInClient.CreateAsync(api.Host, agent is null ? DemoUsers.Supervisor : DemoUsers.EmailOf(agent));
        var endpoints = StudioEndpoints(api);
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} studio endpoints found");
        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            using var response = await user.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode} to {user.User.GetProperty("email").GetString()}");
        }
    }

    [Fact]
    public async Task Manager_CreatesAKeyShownOnce_PublishesAsThemself_AndTheAuditNamesThem()
    {
        await using var api = await StudioApi.StartAsync();
        using var manager = await SignedInClient.CreateAsync(api.Host, DemoUsers.Manager);
        var created = await StudioApi.JsonAsync(await manager.Http.PostAsJsonAsync("/api/studio/api-keys", new { name = "CI", scopes = new[] { "flows" } }));
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("cc_", key, StringComparison.Ordinal);
        var listed = await StudioApi.JsonAsync(await manager.Http.GetAsync("/api/studio/api-keys"));
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);

        var ci = api.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await ci.GetAsync("/api/studio/flows")).StatusCode);

        var draft = await StudioApi.JsonAsync(await manager.Http.GetAsync("/api/studio/flows/default/draft"));
        await StudioApi.JsonAsync(await manager.Http.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = draft.GetProperty("content").GetString(), revision = 0 }));
        var published = await StudioApi.JsonAsync(await manager.Http.PostAsJsonAsync("/api/studio/flows/default/publish", new { message = "sem mudanças" }));
        Assert.Equal(DemoUsers.Manager, published.GetProperty("author").GetString());

        var audit = await StudioApi.JsonAsync(await manager.Http.GetAsync("/api/studio/audit?area=api-key"));
        Assert.Equal(DemoUsers.Manager, Assert.Single(audit.EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task ManagerWithoutCsrfToken_CannotChangeAnything()
    {
        await using var api = await StudioApi.StartAsync();
        using var manager = await SignedInClient.CreateAsync(api.Host, DemoUsers.Manager);
        manager.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        await StudioApi.ProblemAsync(await manager.Http.PutAsJsonAsync("/api/studio/rules/parameters", new { values = new Dictionary<string, string?> { ["offerTimeout"] = "10" } }), 400);
    }

    /// <summary>Every endpoint mapped under /api/studio, with sample route values.</summary>
    private static List<(string Method, string Path)> StudioEndpoints(StudioApi api)
    {
        var sources = api.Host.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var list = new List<(string, string)>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (!pattern.StartsWith("/api/studio", StringComparison.Ordinal))
            {
                continue;
            }

            var path = RouteParameter().Replace(pattern, m => m.Groups[2].Value switch
            {
                "guid" => Guid.NewGuid().ToString(),
                "int" => "1",
                _ => "default",
            });
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                list.Add((method, path));
            }
        }

        return list;
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::([a-z]+))?\}")]
    private static partial Regex RouteParameter();
}
