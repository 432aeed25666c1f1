using ContactCentre.Bot.Demo;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Persistence;

/// <summary>Creates and migrates the database on start, then loads the demo world into an empty one when asked.</summary>
public sealed class DatabaseInitializer(StoreFactory stores, DemoWorldSeeder seeder, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(stores, cancellationToken);
        if (stores.Options.SeedDemoData)
        {
            var seeded = await seeder.SeedIfEmptyAsync(cancellationToken);
            logger.LogInformation("Demo world {Outcome}.", seeded ? "loaded into the empty database" : "not loaded: the database has data");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(StoreFactory stores, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
