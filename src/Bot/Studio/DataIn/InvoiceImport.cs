using ContactCentre.Bot.Persistence;
using ContactCentre.Domain.Billing;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>Invoices by number (R2 announces the open ones): customer, amount, due date, open or paid.</summary>
public sealed class InvoiceImport : IImportKind
{
    public string Name => "invoices";

    public IReadOnlyList<string> Columns { get; } = ["number", "customerId", "amount", "due", "status", "paymentLine", "pixCode", "secondCopyUrl"];

    public async Task<IReadOnlyList<RowOutcome>> ApplyAsync(ContactCentreDbContext db, IReadOnlyList<ImportRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(r => r["number"]).OfType<string>().Distinct().ToList();
        var existing = await db.Invoices.Where(i => numbers.Contains(i.Number)).ToDictionaryAsync(i => i.Number, cancellationToken);
        var customerIds = rows.Select(r => r["customerId"]).OfType<string>().Distinct().ToList();
        var customers = (await db.Customers.Where(c => customerIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<RowOutcome>();
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var number = ImportKeys.Check(row, "number", seen, errors);
            var customerId = row["customerId"];
            if (customerId is null || !customers.Contains(customerId))
            {
                errors.Add(customerId is null ? "'customerId' is required" : $"'customerId' {customerId} is not a customer (load customers first)");
            }

            decimal amount = 0;
            if (row["amount"] is not { } a || !ImportRow.TryMoney(a, out amount) || amount <= 0 || decimal.Round(amount, 2) != amount)
            {
                errors.Add($"'amount' '{row["amount"]}' is not a positive amount with at most 2 decimals");
            }

            DateOnly due = default;
            if (row["due"] is not { } d || !ImportRow.TryDate(d, out due))
            {
                errors.Add($"'due' '{row["due"]}' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
            }

            var status = InvoiceStatus.Open;
            if (row["status"] is { } s && (!Enum.TryParse(s, ignoreCase: true, out status) || status == InvoiceStatus.Waived))
            {
                errors.Add($"'status' '{s}' is not open or paid");
            }

            if (number is not null && existing.TryGetValue(number, out var known) && customerId is not null && known.CustomerId != customerId)
            {
                errors.Add($"invoice {number} belongs to customer {known.CustomerId}, not {customerId}");
            }

            if (errors.Count > 0 || number is null)
            {
                outcomes.Add(RowOutcome.Error(row.Line, number ?? row["number"], [.. errors]));
                continue;
            }

            var created = !existing.TryGetValue(number, out var invoice);
            var before = invoice is null ? "" : Fingerprint(invoice);
            if (invoice is null)
            {
                invoice = new Invoice { Number = number, CustomerId = customerId!, Amount = amount, Due = due };
                db.Invoices.Add(invoice);
                existing[number] = invoice;
            }

            invoice.Amount = amount;
            invoice.Due = due;

            // A debt R13 waived stays waived: billing cannot reopen it by re-sending the file.
            if (invoice.Status != InvoiceStatus.Waived)
            {
                invoice.Status = status;
            }

            invoice.PaymentLine = row["paymentLine"] ?? invoice.PaymentLine;
            invoice.PixCode = row["pixCode"] ?? invoice.PixCode;
            invoice.SecondCopyUrl = row["secondCopyUrl"] ?? invoice.SecondCopyUrl;
            outcomes.Add(new RowOutcome(row.Line, number, ImportKeys.Outcome(created, before, Fingerprint(invoice)), []));
        }

        return outcomes;
    }

    private static string Fingerprint(Invoice i) => $"{i.CustomerId}|{i.Amount}|{i.Due}|{i.Status}|{i.PaymentLine}|{i.PixCode}|{i.SecondCopyUrl}";
}
