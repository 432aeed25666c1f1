using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>Creates store contexts of the configured provider; one per unit of work (a turn, a sweep, a request).</summary>
public sealed class StoreFactory(DatabaseOptions options)
{
    private readonly DbContextOptions _options = Build(options);

    public DatabaseOptions Options => options;

    public ContactCentreDbContext Create() => options.IsPostgres
        ? new PostgresContactCentreDbContext((DbContextOptions<PostgresContactCentreDbContext>)_options)
        : new SqliteContactCentreDbContext((DbContextOptions<SqliteContactCentreDbContext>)_options);

    private static DbContextOptions Build(DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            return new DbContextOptionsBuilder<PostgresContactCentreDbContext>()
                .UseNpgsql(options.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
                .Options;
        }

        return new DbContextOptionsBuilder<SqliteContactCentreDbContext>()
            .UseSqlite(options.ConnectionString)
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;
    }
}
