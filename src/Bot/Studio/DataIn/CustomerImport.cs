using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// Customers by external id (the CRM's id is the record's id): name, status, owner, campaign and contact points
/// (phones, e-mails, CPF/CNPJ — checked as R3 checks them). The contacts listed replace the record's contacts.
/// </summary>
public sealed class CustomerImport : IImportKind
{
    public string Name => "customers";

    public IReadOnlyList<string> Columns { get; } = ["externalId", "name", "status", "owner", "campaign", "phones", "emails", "document"];

    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(ContactCentreDbContext db, IReadOnlyList<ImportRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r["externalId"]).OfType<string>().Distinct().ToList();
        var existing = await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var owners = rows.Select(r => r["owner"]).OfType<string>().Distinct().ToList();
        var agents = (await db.Agents.Where(a => owners.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<RowOutcome>();
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var id = ImportKeys.Check(row, "externalId", seen, errors);
            var name = row["name"];
            if (name is null || name.Length > 300)
            {
                errors.Add("'name' is required (up to 300 characters)");
            }

            var status = CustomerStatus.Active;
            if (row["status"] is { } s && !Enum.TryParse(s, ignoreCase: true, out status))
            {
                errors.Add($"'status' '{s}' is not active or inactive");
            }

            if (row["owner"] is { } owner && !agents.Contains(owner))
            {
                errors.Add($"'owner' {owner} is not an agent");
            }

            var campaign = false;
            if (row["campaign"] is { } c && !ImportRow.TryBool(c, out campaign))
            {
                errors.Add($"'campaign' '{c}' is not true or false");
            }

            var contacts = new List<ContactPoint>();
            Contacts(row, "phones", ContactKind.Phone, contacts, errors);
            Contacts(row, "emails", ContactKind.Email, contacts, errors);
            Contacts(row, "document", ContactKind.Document, contacts, errors);
            if (errors.Count > 0 || id is null)
            {
                outcomes.Add(RowOutcome.Error(row.Line, id ?? row["externalId"], [.. errors]));
                continue;
            }

            var created = !existing.TryGetValue(id, out var customer);
            var before = customer is null ? "" : Fingerprint(customer);
            if (customer is null)
            {
                customer = new Customer { Id = id, Name = name!, CreatedAt = now };
                db.Customers.Add(customer);
                existing[id] = customer;
            }

            customer.Name = name!;
            customer.Status = status;
            customer.OwnerAgentId = row["owner"];
            customer.Campaign = campaign;
            if (!customer.Contacts.SequenceEqual(contacts))
            {
                customer.Contacts.Clear();
                contacts.ForEach(p => customer.AddContact(p));
            }

            outcomes.Add(new RowOutcome(row.Line, id, ImportKeys.Outcome(created, before, Fingerprint(customer)), []));
        }

        return outcomes;
    }

    private static void Contacts(ImportRow row, string column, ContactKind kind, List<ContactPoint> contacts, List<string> errors)
    {
        foreach (var raw in ImportRow.List(row[column]))
        {
            try
            {
                var contact = ContactPoint.From(kind, raw);
                if (!contacts.Contains(contact))
                {
                    contacts.Add(contact);
                }
            }
            catch (ArgumentException e)
            {
                // A CPF/CNPJ is personal data (LGPD): named by its column, never echoed.
                errors.Add(kind == ContactKind.Document ? $"'{column}' is not a valid CPF/CNPJ" : $"'{column}' '{raw}' is not accepted: {e.Message}");
            }
        }
    }

    private static string Fingerprint(Customer c) =>
        $"{c.Name}|{c.Status}|{c.OwnerAgentId}|{c.Campaign}|{string.Join(',', c.Contacts.Select(p => $"{p.Kind}:{p.Value}"))}";
}
