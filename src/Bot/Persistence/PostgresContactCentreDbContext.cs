using ContactCentre.Bot.Persistence.Conventions;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>PostgreSQL flavour: instants as timestamptz, which Npgsql requires in UTC.</summary>
public sealed class PostgresContactCentreDbContext(DbContextOptions<PostgresContactCentreDbContext> options) : ContactCentreDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
