using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// Schedules by id (R5/R6 route by them): customer, owner (an agent id or a team), tag, product, created, due,
/// validated. Tag, product, customer and creation date identify what a schedule is about and cannot change; a
/// schedule a sale removed (R10) stays removed.
/// </summary>
public sealed class ScheduleImport : IImportKind
{
    public string Name => "schedules";

    public IReadOnlyList<string> Columns { get; } = ["id", "customerId", "owner", "tag", "product", "created", "due", "validated"];

    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(ContactCentreDbContext db, IReadOnlyList<ImportRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r["id"]).OfType<string>().Distinct().ToList();
        var existing = await db.Schedules.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var customerIds = rows.Select(r => r["customerId"]).OfType<string>().Distinct().ToList();
        var customers = (await db.Customers.Where(c => customerIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var agents = (await db.Agents.Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var products = (await db.Products.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<RowOutcome>();
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var id = ImportKeys.Check(row, "id", seen, errors);
            var customerId = row["customerId"];
            if (customerId is null || !customers.Contains(customerId))
            {
                errors.Add(customerId is null ? "'customerId' is required" : $"'customerId' {customerId} is not a customer (load customers first)");
            }

            ScheduleOwner? owner = null;
            if (row["owner"] is not { } o)
            {
                errors.Add("'owner' is required (an agent id, or sales, support or central)");
            }
            else if (agents.Contains(o))
            {
                owner = ScheduleOwner.OfAgent(o);
            }
            else if (WireNames.TryParseTeam(o, out var team))
            {
                owner = ScheduleOwner.OfTeam(team);
            }
            else
            {
                errors.Add($"'owner' {o} is neither an agent nor a team");
            }

            if (!ScheduleTags.TryParse(row["tag"], out var tag))
            {
                errors.Add($"'tag' '{row["tag"]}' is not one of {string.Join(", ", ScheduleTags.All)}");
            }

            if (row["product"] is { } product && !products.Contains(product))
            {
                errors.Add($"'product' {product} is not on the price list");
            }

            DateOnly created = default, due = default;
            if (row["created"] is not { } c || !ImportRow.TryDate(c, out created))
            {
                errors.Add($"'created' '{row["created"]}' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
            }

            if (row["due"] is not { } d || !ImportRow.TryDate(d, out due))
            {
                errors.Add($"'due' '{row["due"]}' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
            }
            else if (due < created)
            {
                errors.Add($"'due' {due:yyyy-MM-dd} is before 'created' {created:yyyy-MM-dd}");
            }

            var validated = false;
            if (row["validated"] is { } v && !ImportRow.TryBool(v, out validated))
            {
                errors.Add($"'validated' '{v}' is not true or false");
            }

            if (id is not null && existing.TryGetValue(id, out var known) && errors.Count == 0
                && (known.CustomerId != customerId || known.Tag != tag || known.ProductCode != row["product"] || known.Created != created))
            {
                errors.Add($"schedule {id} exists for customer {known.CustomerId}, tag {known.Tag.ToWire()}, product {known.ProductCode ?? "-"}, created {known.Created:yyyy-MM-dd}; those cannot change (create a new schedule)");
            }

            if (errors.Count > 0 || id is null)
            {
                outcomes.Add(RowOutcome.Error(row.Line, id ?? row["id"], [.. errors]));
                continue;
            }

            var isNew = !existing.TryGetValue(id, out var schedule);
            var before = schedule is null ? "" : Fingerprint(schedule);
            if (schedule is null)
            {
                schedule = new Schedule { Id = id, CustomerId = customerId!, Owner = owner!, Tag = tag, ProductCode = row["product"], Created = created, Due = due };
                db.Schedules.Add(schedule);
                existing[id] = schedule;
            }

            schedule.Owner = owner!;
            schedule.Due = due;
            schedule.Validated = validated;
            outcomes.Add(new RowOutcome(row.Line, id, ImportKeys.Outcome(isNew, before, Fingerprint(schedule)), []));
        }

        return outcomes;
    }

    private static string Fingerprint(Schedule s) => $"{s.Owner}|{s.Due}|{s.Validated}";
}
