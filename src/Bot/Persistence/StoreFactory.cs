using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ContactCentre.Bot.Persistence;

/// <summary>
/// Creates store contexts of the configured provider; one per unit of work (a turn, a sweep, a request).
/// Contexts come from a pool: building one from scratch (its internal services, change tracker, state
/// manager) cost a measurable share of a turn. A disposed context is reset and handed out again.
/// </summary>
public sealed class StoreFactory
{
    private const int PoolSize = 256;

    private readonly Func<ContactCentreDbContext> _create;

    public StoreFactory(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        if (options.IsPostgres)
        {
            var pool = new PooledDbContextFactory<PostgresContactCentreDbContext>(new DbContextOptionsBuilder<PostgresContactCentreDbContext>()
                .UseNpgsql(options.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
                .AddInterceptors(StoreChanges.Instance)
                .Options, PoolSize);
            _create = pool.CreateDbContext;
        }
        else
        {
            var pool = new PooledDbContextFactory<SqliteContactCentreDbContext>(new DbContextOptionsBuilder<SqliteContactCentreDbContext>()
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(SqlitePragmas.Instance, StoreChanges.Instance)
                .Options, PoolSize);
            _create = pool.CreateDbContext;
        }
    }

    public DatabaseOptions Options { get; }

    public ContactCentreDbContext Create() => _create();
}
