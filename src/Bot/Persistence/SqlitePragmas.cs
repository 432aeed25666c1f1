using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactCentre.Bot.Persistence;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers run beside the writer; synchronous=NORMAL is
/// durable under WAL against process crashes (the case our exactly-once guarantees are about);
/// busy_timeout makes concurrent writers wait instead of failing.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
