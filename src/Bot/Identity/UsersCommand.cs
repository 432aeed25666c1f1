using ContactCentre.Bot.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ContactCentre.Bot.Identity;

/// <summary>
/// <c>users add --role agent|supervisor|manager EMAIL [--name NAME] [--agent AGENT_ID] [--password P]</c>:
/// creates a sign-in in the configured database (migrating it first). Without --password the password
/// comes from CC_PASSWORD, else from the terminal (not echoed) or one line of standard input.
/// </summary>
public static class UsersCommand
{
    public const string Usage = "usage: users add --role agent|supervisor|manager EMAIL [--name NAME] [--agent AGENT_ID] [--password P]   (or CC_PASSWORD; database from appsettings.json, Database__* or --Database:Key=value)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var parsed))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var password = parsed.Password ?? Environment.GetEnvironmentVariable("CC_PASSWORD") ?? await PromptAsync(output, input);
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password: pass --password, set CC_PASSWORD or type it when asked.");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. parsed.Settings])
            .Build();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var stores = new StoreFactory(database);
        await DatabaseInitializer.MigrateAsync(stores, cancellationToken);
        try
        {
            var directory = new UserDirectory(stores, new PasswordHasher<User>(), TimeProvider.System);
            var user = await directory.AddAsync(parsed.Email, parsed.Name, password, parsed.Role, parsed.AgentId, cancellationToken);
            var agent = user.AgentId is null ? "no agent record" : $"agent {user.AgentId}";
            await output.WriteLineAsync($"User {user.Email} ({user.Role.ToWire()}, {agent}) created; id {user.Id}.");
            return 0;
        }
        catch (UserDirectoryException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static bool TryParse(string[] args, out UsersArguments parsed)
    {
        parsed = new UsersArguments();
        if (args is not ["add", .. var rest])
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            var arg = rest[i];
            var hasValue = i + 1 < rest.Length;
            switch (arg)
            {
                case "--role" when hasValue && UserRoles.TryParse(rest[i + 1], out var role):
                    parsed.Role = role;
                    parsed.RoleGiven = true;
                    i++;
                    break;
                case "--name" when hasValue:
                    parsed.Name = rest[++i];
                    break;
                case "--agent" when hasValue:
                    parsed.AgentId = rest[++i];
                    break;
                case "--password" when hasValue:
                    parsed.Password = rest[++i];
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains(':', StringComparison.Ordinal):
                    parsed.Settings.Add(setting);
                    break;
                case var email when !email.StartsWith('-') && parsed.Email.Length == 0:
                    parsed.Email = email;
                    break;
                default:
                    return false;
            }
        }

        return parsed.RoleGiven && parsed.Email.Length > 0;
    }

    private static async Task<string?> PromptAsync(TextWriter output, TextReader input)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return (await input.ReadLineAsync())?.TrimEnd('\r');
        }

        await output.WriteAsync("Senha: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await output.WriteLineAsync();
        return password.ToString();
    }

    private sealed class UsersArguments
    {
        public string Email { get; set; } = "";
        public UserRole Role { get; set; }
        public bool RoleGiven { get; set; }
        public string? Name { get; set; }
        public string? AgentId { get; set; }
        public string? Password { get; set; }
        public List<string> Settings { get; } = [];
    }
}
