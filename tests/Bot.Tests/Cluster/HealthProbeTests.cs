using System.Net;
using System.Text.Json;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>/health/live says the process serves; /health/ready says the node can take traffic (store, migrations, Redis shown).</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task SingleNode_IsLiveAndReady_RedisShownOff()
    {
        await using var node = await InProcessNode.StartAsync(InProcessNode.Settings(TestDatabases.NewSqlite()));

        var (liveStatus, _) = await GetAsync(node.Client, "/health/live");
        var (readyStatus, ready) = await GetAsync(node.Client, "/health/ready");
        var (legacyStatus, _) = await GetAsync(node.Client, "/health");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("off", ready.GetProperty("checks").GetProperty("redis").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MigrationNotApplied_NotReady_NamingIt()
    {
        var db = TestDatabases.NewSqlite();
        await using var node = await InProcessNode.StartAsync(InProcessNode.Settings(db));
        string last;
        await using (var context = node.Stores.Create())
        {
            last = (await context.Database.GetAppliedMigrationsAsync()).Last();
            // As if this build were newer than the database: its newest migration is not in the history.
            await context.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        var (status, body) = await GetAsync(node.Client, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains(last, body.GetProperty("checks").GetProperty("store").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [ClusterFact]
    public async Task RedisConfiguredAndUp_Ready()
    {
        await using var node = await InProcessNode.StartAsync([.. InProcessNode.Settings(TestDatabases.NewSqlite()), $"--Redis:Configuration={ClusterEnvironment.Redis}"]);

        var (status, body) = await GetAsync(node.Client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task RedisConfiguredButUnreachable_ReadyButDegraded()
    {
        // Nothing listens there. Conversations do not need Redis: the node must stay in the load balancer.
        var port = Runtime.BotProcess.FreePort();
        await using var node = await InProcessNode.StartAsync([.. InProcessNode.Settings(TestDatabases.NewSqlite()), $"--Redis:Configuration=127.0.0.1:{port}"]);

        var (status, body) = await GetAsync(node.Client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal("degraded", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [ClusterFact]
    public async Task DatabaseAway_NotReadyButLive_ThenReadyAgain()
    {
        await using var gate = new TcpGate(ClusterEnvironment.PostgresPort);
        var db = await ClusterEnvironment.NewPostgresBehindAsync(gate);
        await using var node = await InProcessNode.StartAsync(InProcessNode.Settings(db));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(node.Client, "/health/ready")).Status);

        gate.Close();
        var (away, body) = await GetAsync(node.Client, "/health/ready");
        var (live, _) = await GetAsync(node.Client, "/health/live");
        gate.Open();
        // A pooled connection cut by the outage may fail once more; the probe is asked again, as a balancer would.
        var back = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 50 && back != HttpStatusCode.OK; attempt++)
        {
            back = (await GetAsync(node.Client, "/health/ready")).Status;
            await Task.Delay(back == HttpStatusCode.OK ? 0 : 200);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, away);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, back);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response.StatusCode, json.RootElement.Clone());
    }
}
