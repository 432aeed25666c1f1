using ContactCentre.Bot.Persistence;

namespace ContactCentre.Bot.Studio.DataIn;

/// <summary>
/// One kind of record other systems load (customers, invoices, schedules, agents): checks each row and applies it
/// to tracked entities of <c>db</c> by external id. The caller decides whether to save (all rows valid, not a preview).
/// </summary>
public interface IImportKind
{
    /// <summary>customers, invoices, schedules or agents (the URL segment).</summary>
    string Name { get; }

    /// <summary>The columns it reads; the first is the external id.</summary>
    IReadOnlyList<string> Columns { get; }

    Task<IReadOnlyList<RowOutcome>> ApplyAsync(ContactCentreDbContext db, IReadOnlyList<ImportRow> rows, DateTimeOffset now, CancellationToken cancellationToken);
}
