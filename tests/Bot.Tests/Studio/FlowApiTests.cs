using System.Net;
using System.Net.Http.Json;
using ContactCentre.Bot.Studio.Access;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class FlowApiTests
{
    private const string Welcome = "Olá! Sou o assistente virtual.";

    [Fact]
    public async Task SaveDraft_SecondOfTwoManagersSavingTheSameRevision_Gets409WithTheCurrentDraft()
    {
        await using var api = await StudioApi.StartAsync();
        var first = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var second = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var draft = await StudioApi.JsonAsync(await first.GetAsync("/api/studio/flows/default/draft"));
        var content = draft.GetProperty("content").GetString()!;
        var revision = draft.GetProperty("revision").GetInt32();

        var saved = await first.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = content.Replace(Welcome, "Oi, primeiro gerente.", StringComparison.Ordinal), revision });
        var savedJson = await StudioApi.JsonAsync(saved);
        Assert.Equal(revision + 1, savedJson.GetProperty("revision").GetInt32());

        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/studio/flows/default/draft")
        {
            Content = JsonContent.Create(new { content = content.Replace(Welcome, "Oi, segundo gerente.", StringComparison.Ordinal) }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{revision}\""));
        var problem = await StudioApi.ProblemAsync(await second.SendAsync(stale), 409);
        Assert.Contains("Oi, primeiro gerente.", problem.GetProperty("current").GetProperty("content").GetString(), StringComparison.Ordinal);

        var now = await StudioApi.JsonAsync(await first.GetAsync("/api/studio/flows/default/draft"));
        Assert.Contains("Oi, primeiro gerente.", now.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_WithoutRevisionOrIfMatch_Is428()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = "name: default" }), 428);
    }

    [Fact]
    public async Task Publish_InvalidDraft_Is422NamingTheNode_AndTheRunningVersionStays()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var draft = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/draft"));
        var broken = draft.GetProperty("content").GetString()!.Replace("start: welcome", "start: welcome-typo", StringComparison.Ordinal)
            .Replace("main: route-intent", "main: route-intent\n# broken below", StringComparison.Ordinal);
        broken += "\n";
        var saved = await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = broken, revision = 0 }));
        Assert.NotEmpty(saved.GetProperty("errors").EnumerateArray());

        var problem = await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/flows/default/publish", new { message = "broken" }), 422);
        Assert.Contains("welcome-typo", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var nodes = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("node").GetString()).ToList();
        Assert.Contains("welcome", nodes); // the now unreachable node is named

        var active = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/published"));
        Assert.Equal(0, active.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Validate_NodeWithUnknownTarget_ErrorNamesTheNode()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        const string flow = "name: default\nstart: hello\nmain: hello\nnodes:\n  - { id: hello, type: say, text: Oi, next: nowhere }\n";
        var result = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/validate", new { content = flow }));
        Assert.False(result.GetProperty("valid").GetBoolean());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("hello", error.GetProperty("node").GetString());
        Assert.Contains("nowhere", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishHistoryDiffRollback_RecordAuthorMessageAndRestoreTheOldReply()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var original = (await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/draft"))).GetProperty("content").GetString()!;
        var changed = original.Replace(Welcome, "Bem-vindo à nova central!", StringComparison.Ordinal);
        await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = changed, revision = 0 }));

        var diff = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/diff?from=published&to=draft"));
        var text = diff.GetProperty("diff").GetString()!;
        Assert.Contains("-  welcome: \"" + Welcome, text, StringComparison.Ordinal);
        Assert.Contains("+  welcome: \"Bem-vindo à nova central!", text, StringComparison.Ordinal);

        var published = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/publish", new { message = "Nova saudação" }));
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal("api-key:tests", published.GetProperty("author").GetString());

        var history = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/versions"));
        var newest = history.EnumerateArray().First();
        Assert.Equal("Nova saudação", newest.GetProperty("message").GetString());
        Assert.True(newest.TryGetProperty("publishedAt", out var at) && at.ValueKind != System.Text.Json.JsonValueKind.Null);

        var rolledBack = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/rollback", new { version = 0 }));
        Assert.Equal(2, rolledBack.GetProperty("version").GetInt32());
        var active = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/published"));
        Assert.Contains(Welcome, active.GetProperty("content").GetString(), StringComparison.Ordinal);
        var diffBack = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/diff?from=0&to=2"));
        Assert.Equal("", diffBack.GetProperty("diff").GetString());
    }

    [Fact]
    public async Task TestChat_RunsTheDraft_AndLeavesProductionUntouched()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var original = (await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/draft"))).GetProperty("content").GetString()!;
        await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = original.Replace(Welcome, "Rascunho em teste!", StringComparison.Ordinal), revision = 0 }));

        var session = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/test-chat", new { }));
        var id = session.GetProperty("sessionId").GetGuid();
        var turn = await StudioApi.JsonAsync(await client.PostAsJsonAsync($"/api/studio/flows/default/test-chat/{id}/turns", new { text = "oi" }));
        Assert.Contains(turn.GetProperty("replies").EnumerateArray(), r => r.GetString()!.Contains("Rascunho em teste!", StringComparison.Ordinal));

        var stores = api.Host.App.Services.GetRequiredService<ContactCentre.Bot.Persistence.StoreFactory>();
        await using (var db = stores.Create())
        {
            Assert.Equal(0, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Conversations));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/studio/flows/default/test-chat/{id}")).StatusCode);
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync($"/api/studio/flows/default/test-chat/{id}/turns", new { text = "oi" }), 404);
    }

    [Fact]
    public async Task ScenarioRun_AgainstTheDraft_FailsWhenTheReplyChangedAndPassesWhenFixed()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        const string scenario = """
            name: Saudação
            now: 2026-03-10T10:00:00-03:00
            world:
              agents:
                - { id: ana, name: Ana, team: sales, status: available }
            turns:
              - say: oi
                from: { channel: webchat, address: visitante-1 }
                expect:
                  reply: { contains: [assistente virtual] }
            """;
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync("/api/studio/flows/default/scenarios/saudacao.yaml", new { yaml = scenario })).StatusCode);
        var original = (await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default/draft"))).GetProperty("content").GetString()!;
        var saved = await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = original.Replace("Sou o assistente virtual", "Sou a Clara", StringComparison.Ordinal), revision = 0 }));

        var failing = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/scenarios/run", new { }));
        Assert.Equal(1, failing.GetProperty("failed").GetInt32());
        var outcome = Assert.Single(failing.GetProperty("scenarios").EnumerateArray());
        Assert.False(outcome.GetProperty("passed").GetBoolean());
        Assert.Contains("assistente virtual", outcome.GetProperty("failure").GetString(), StringComparison.Ordinal);

        await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/flows/default/draft", new { content = original, revision = saved.GetProperty("revision").GetInt32() }));
        var passing = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/scenarios/run", new { }));
        Assert.Equal(1, passing.GetProperty("passed").GetInt32());
        Assert.Equal(0, passing.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task SaveScenario_UnreadableYaml_Is400WithTheParserMessage()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);
        var problem = await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/flows/default/scenarios/bad.yaml", new { yaml = "name: x\nturns: 3\n" }), 400);
        Assert.Contains("bad.yaml", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
