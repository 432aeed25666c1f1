using ContactCentre.Bot.Persistence;
using Npgsql;

namespace ContactCentre.Bot.Tests.Support;

/// <summary>
/// Fresh, migrated databases for tests: a temporary SQLite file, or a new database on the
/// PostgreSQL server that ./test.sh starts (CC_TEST_POSTGRES).
/// </summary>
public static class TestDatabases
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CC_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CC_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public static DatabaseOptions NewSqlite() => new()
    {
        Provider = "Sqlite",
        ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"cc-test-{Guid.NewGuid():N}.db")}",
        SeedDemoData = false,
    };

    public static async Task<DatabaseOptions> NewPostgresAsync()
    {
        var name = $"cc_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new DatabaseOptions { Provider = "Postgres", ConnectionString = builder.ConnectionString, SeedDemoData = false };
    }

    public static async Task<StoreFactory> CreateMigratedAsync(string provider)
    {
        var options = provider == "Postgres" ? await NewPostgresAsync() : NewSqlite();
        var stores = new StoreFactory(options);
        await DatabaseInitializer.MigrateAsync(stores, CancellationToken.None);
        return stores;
    }
}
