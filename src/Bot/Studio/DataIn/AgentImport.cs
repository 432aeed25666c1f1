using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>Agents by id: name, team, e-mail, active, simultaneous conversations. Their live status is the console's, never imported.</summary>
public sealed class AgentImport : IImportKind
{
    public string Name => "agents";

    public IReadOnlyList<string> Columns { get; } = ["id", "name", "team", "email", "active", "maxConversations"];

    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(ContactCentreDbContext db, IReadOnlyList<ImportRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r["id"]).OfType<string>().Distinct().ToList();
        var existing = await db.Agents.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<RowOutcome>();
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var id = ImportKeys.Check(row, "id", seen, errors);
            var name = row["name"];
            if (name is null || name.Length > 200)
            {
                errors.Add("'name' is required (up to 200 characters)");
            }

            if (!WireNames.TryParseTeam(row["team"], out var team))
            {
                errors.Add($"'team' '{row["team"]}' is not sales, support or central");
            }

            var active = true;
            if (row["active"] is { } a && !ImportRow.TryBool(a, out active))
            {
                errors.Add($"'active' '{a}' is not true or false");
            }

            var max = 3;
            if (row["maxConversations"] is { } m && (!int.TryParse(m, out max) || max < 1 || max > 100))
            {
                errors.Add($"'maxConversations' '{m}' is not a whole number from 1 to 100");
            }

            if (row["email"] is { } email && !Domain.Customers.EmailAddress.TryParse(email, out _))
            {
                errors.Add($"'email' '{email}' is not an e-mail address");
            }

            if (errors.Count > 0 || id is null)
            {
                outcomes.Add(RowOutcome.Error(row.Line, id ?? row["id"], [.. errors]));
                continue;
            }

            var created = !existing.TryGetValue(id, out var agent);
            var before = agent is null ? "" : Fingerprint(agent);
            if (agent is null)
            {
                agent = new Agent { Id = id, Name = name!, Team = team };
                db.Agents.Add(agent);
                existing[id] = agent;
            }

            agent.Name = name!;
            agent.Team = team;
            agent.Email = row["email"];
            agent.Active = active;
            agent.MaxConcurrentConversations = max;
            outcomes.Add(new RowOutcome(row.Line, id, ImportKeys.Outcome(created, before, Fingerprint(agent)), []));
        }

        return outcomes;
    }

    private static string Fingerprint(Agent a) => $"{a.Name}|{a.Team}|{a.Email}|{a.Active}|{a.MaxConcurrentConversations}";
}
