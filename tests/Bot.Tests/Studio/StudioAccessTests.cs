using System.Net;
using System.Net.Http.Json;
using ContactCentre.Bot.Studio.Access;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class StudioAccessTests
{
    /// <summary>One call per studio area (read and write), each needing its own scope.</summary>
    public static TheoryData<string, string, string> ScopedCalls => new()
    {
        { StudioScopes.Flows, "GET", "/api/studio/flows" },
        { StudioScopes.Flows, "PUT", "/api/studio/flows/default/draft" },
        { StudioScopes.Flows, "POST", "/api/studio/flows/default/publish" },
        { StudioScopes.Flows, "POST", "/api/studio/flows/default/rollback" },
        { StudioScopes.Flows, "POST", "/api/studio/flows/default/scenarios/run" },
        { StudioScopes.Catalogue, "GET", "/api/studio/catalogue/products" },
        { StudioScopes.Catalogue, "PUT", "/api/studio/catalogue/products/intimacao" },
        { StudioScopes.Catalogue, "POST", "/api/studio/catalogue/knowledge" },
        { StudioScopes.Catalogue, "PUT", "/api/studio/rules/parameters" },
        { StudioScopes.Catalogue, "PUT", "/api/studio/rules/calendar" },
    };

    [Theory]
    [MemberData(nameof(ScopedCalls))]
    public async Task ApiKeyWithoutTheScope_Gets403(string scope, string method, string path)
    {
        await using var api = await StudioApi.StartAsync();
        var other = StudioScopes.All.First(s => s != scope);
        var client = await api.ClientWithScopesAsync(other);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
        await StudioApi.ProblemAsync(await client.SendAsync(request), 403);
    }

    [Fact]
    public async Task NoCredentials_Gets401_AndUnknownOrRevokedKey_Gets401()
    {
        await using var api = await StudioApi.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(null).GetAsync("/api/studio/flows")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client("cc_not-a-real-key").GetAsync("/api/studio/flows")).StatusCode);

        var keys = api.Host.App.Services.GetRequiredService<ApiKeys>();
        var (key, _) = await keys.CreateAsync("ci", [StudioScopes.Flows], "gerente@test", CancellationToken.None);
        var client = api.Client(key!.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/studio/flows")).StatusCode);
        Assert.True(await keys.RevokeAsync(key.Id, "gerente@test", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/studio/flows")).StatusCode);
    }

    [Fact]
    public async Task ApiKeyWithEveryScope_CannotManageKeysOrReadTheAuditLog()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync([.. StudioScopes.All]);
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/api-keys", new { name = "escalate", scopes = new[] { "flows" } }), 403);
        await StudioApi.ProblemAsync(await client.GetAsync("/api/studio/api-keys"), 403);
        await StudioApi.ProblemAsync(await client.GetAsync("/api/studio/audit"), 403);
    }

    [Fact]
    public async Task StoredKey_IsOnlyItsHash()
    {
        await using var api = await StudioApi.StartAsync();
        var (key, _) = await api.Host.App.Services.GetRequiredService<ApiKeys>().CreateAsync("crm", [StudioScopes.Data], "gerente@test", CancellationToken.None);
        var stores = api.Host.App.Services.GetRequiredService<ContactCentre.Bot.Persistence.StoreFactory>();
        await using var db = stores.Create();
        var stored = Assert.Single(db.ApiKeys);
        Assert.NotEqual(key!.Key, stored.Hash);
        Assert.DoesNotContain(key.Key[10..], stored.Hash, StringComparison.Ordinal);
        Assert.Equal(ApiKeySecrets.Hash(key.Key), stored.Hash);
    }
}
