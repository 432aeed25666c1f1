using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Audit;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// Loads a batch of one kind in one transaction: every row is checked first; any bad row → nothing is written and
/// each bad row is reported; a preview reports what would happen and writes nothing. Rows equal to what is stored
/// change nothing, so re-running an import is a no-op (no writes, no audit record).
/// </summary>
public sealed class DataImporter(StoreFactory stores, IEnumerable<IImportKind> kinds, AuditLog audit, TimeProvider clock)
{
    public const int MaxRows = 10_000;

    private readonly Dictionary<string, IImportKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IImportKind> Kinds => _kinds.Values;

    public IImportKind? Find(string name) => _kinds.GetValueOrDefault(name);

    public async Task<ImportOutcome> ImportAsync(IImportKind kind, IReadOnlyList<ImportRow> rows, bool preview, string actor, string source, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = await kind.ApplyAsync(db, rows, clock.GetUtcNow(), cancellationToken);
        var errors = outcomes.Count(o => o.Action == RowActions.Error);
        var created = outcomes.Count(o => o.Action == RowActions.Created);
        var updated = outcomes.Count(o => o.Action == RowActions.Updated);
        var unchanged = outcomes.Count(o => o.Action == RowActions.Unchanged);
        var apply = !preview && errors == 0;
        if (apply && created + updated > 0)
        {
            var changed = outcomes.Where(o => o.Action is RowActions.Created or RowActions.Updated).Select(o => new { o.Key, o.Action }).ToList();
            await audit.RecordAsync(db, "import", kind.Name, "imported", actor, null,
                new { source, rows = rows.Count, created, updated, unchanged, changed = changed.Take(1000) }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Otherwise the context is dropped unsaved and the transaction rolled back: nothing half-imported.
        return new ImportOutcome(kind.Name, preview, apply, created, updated, unchanged, errors,
            preview || errors > 0 ? outcomes : [.. outcomes.Where(o => o.Action != RowActions.Unchanged)]);
    }
}
