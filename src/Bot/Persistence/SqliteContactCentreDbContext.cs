using ContactCentre.Bot.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>SQLite flavour: instants stored as UTC ticks so SQL can compare and order them.</summary>
public sealed class SqliteContactCentreDbContext(DbContextOptions<SqliteContactCentreDbContext> options) : ContactCentreDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        // SQLite has no decimal type; TEXT keeps exact cents and the store never sums money in SQL.
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }
}
