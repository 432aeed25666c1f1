using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using Npgsql;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>The servers ./test.sh starts for the cluster tests: PostgreSQL (CC_TEST_POSTGRES) and Redis (CC_TEST_REDIS).</summary>
internal static class ClusterEnvironment
{
    public static string Redis =>
        Environment.GetEnvironmentVariable("CC_TEST_REDIS")
        ?? throw new InvalidOperationException("CC_TEST_REDIS is not set: run the tests with ./test.sh, which starts Redis.");

    /// <summary>The redis-server binary, for tests that start (and kill) a Redis of their own.</summary>
    public static string RedisServer => Environment.GetEnvironmentVariable("CC_TEST_REDIS_SERVER") is { Length: > 0 } path ? path : "/usr/bin/redis-server";

    public static int PostgresPort => new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer).Port;

    /// <summary>A fresh, empty PostgreSQL database reached through <paramref name="gate"/> (so the test can take it away).</summary>
    public static async Task<DatabaseOptions> NewPostgresBehindAsync(TcpGate gate)
    {
        var direct = await TestDatabases.NewPostgresAsync();
        var builder = new NpgsqlConnectionStringBuilder(direct.ConnectionString)
        {
            Port = gate.Port,
            Timeout = 3,
            CommandTimeout = 10,
        };
        return new DatabaseOptions { Provider = "Postgres", ConnectionString = builder.ConnectionString, SeedDemoData = false };
    }
}

/// <summary>A test that needs PostgreSQL and Redis from ./test.sh; skipped, with the reason, without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CC_TEST_POSTGRES")) || string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CC_TEST_REDIS")))
        {
            Skip = "CC_TEST_POSTGRES and CC_TEST_REDIS are not both set: ./test.sh starts PostgreSQL and Redis and sets them.";
        }
    }
}
