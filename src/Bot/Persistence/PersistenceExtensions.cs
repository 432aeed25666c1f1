using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Persistence;

public static class PersistenceExtensions
{
    /// <summary>The store (SQLite by default, PostgreSQL by Database:Provider), migrated on start, demo data when empty.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton(sp => new StoreFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddScoped(sp => sp.GetRequiredService<StoreFactory>().Create());
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>(); // demo sign-ins are seeded with the world
        services.AddSingleton<DemoWorldSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
