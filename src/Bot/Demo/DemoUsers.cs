using ContactCentre.Bot.Identity;
using ContactCentre.Domain.Agents;
using Microsoft.AspNetCore.Identity;

namespace ContactCentre.Bot.Demo;

/// <summary>
/// Sign-ins that come with the demo world (README lists them): one per demo agent (<c>ana@demo.cc</c>…),
/// a supervisor and a manager, all with <see cref="Password"/>. Never created outside demo data.
/// </summary>
public static class DemoUsers
{
    public const string Password = "demo1234";
    public const string Supervisor = "supervisor@demo.cc";
    public const string Manager = "gerente@demo.cc";

    public static string EmailOf(string agentId) => $"{agentId}@demo.cc";

    public static List<User> Build(IEnumerable<Agent> agents, IPasswordHasher<User> hasher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        List<User> users =
        [
            .. agents.Select(a => UserDirectory.New(EmailOf(a.Id), a.Name, UserRole.Agent, a.Id, now)),
            UserDirectory.New(Supervisor, "Sara Supervisora", UserRole.Supervisor, null, now),
            UserDirectory.New(Manager, "Gustavo Gerente", UserRole.Manager, null, now),
        ];

        // One PBKDF2 hash shared by all: the password is public anyway, and ten hashes would slow every demo start.
        var hash = hasher.HashPassword(users[0], Password);
        users.ForEach(u => u.PasswordHash = hash);
        return users;
    }
}
