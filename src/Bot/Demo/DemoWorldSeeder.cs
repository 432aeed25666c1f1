using ContactCentre.Bot.Identity;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Demo;

/// <summary>Loads <see cref="DemoWorld"/> into an empty database, dated from today so its schedules are live.</summary>
public sealed class DemoWorldSeeder(StoreFactory stores, RoutingSettings routing, TimeProvider clock, IPasswordHasher<User> hasher)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        if (await db.Agents.AnyAsync(cancellationToken) || await db.Customers.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var world = DemoWorld.Build(now, routing.CalendarAt(now));
        db.Agents.AddRange(world.Agents);
        db.Products.AddRange(world.Products);
        db.Customers.AddRange(world.Customers);
        db.Invoices.AddRange(world.Invoices);
        db.Schedules.AddRange(world.Schedules);
        db.Users.AddRange(DemoUsers.Build(world.Agents, hasher, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
