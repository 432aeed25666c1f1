using Microsoft.EntityFrameworkCore.Design;

namespace ContactCentre.Bot.Persistence;

/// <summary>Lets `dotnet ef migrations add X --context SqliteContactCentreDbContext` build the SQLite model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteContactCentreDbContext>
{
    public SqliteContactCentreDbContext CreateDbContext(string[] args) =>
        (SqliteContactCentreDbContext)new StoreFactory(new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=design.db" }).Create();
}

/// <summary>Same for PostgreSQL; no server is contacted while adding a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContactCentreDbContext>
{
    public PostgresContactCentreDbContext CreateDbContext(string[] args) =>
        (PostgresContactCentreDbContext)new StoreFactory(new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=localhost;Database=design" }).Create();
}
