using System.Text.Encodings.Web;
using System.Text.Json;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Audit;

/// <summary>
/// Writes and reads the audit log. A change is recorded in the same unit of work as the change itself (the caller
/// saves both), so a change is never applied without its record nor recorded without being applied.
/// </summary>
public sealed class AuditLog(StoreFactory stores, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the record of one change (values: JSON text as is, anything else serialized); the caller saves.</summary>
    public async Task<AuditLogEntry> RecordAsync(
        ContactCentreDbContext db, string area, string subject, string action, string actor, object? oldValue, object? newValue, CancellationToken cancellationToken)
    {
        var last = await db.AuditLog.Where(a => a.Area == area && a.Subject == subject).MaxAsync(a => (int?)a.Version, cancellationToken) ?? 0;
        var pending = db.ChangeTracker.Entries<AuditLogEntry>().Where(e => e.State == EntityState.Added && e.Entity.Area == area && e.Entity.Subject == subject)
            .Select(e => e.Entity.Version).DefaultIfEmpty(0).Max();
        var entry = new AuditLogEntry
        {
            Area = area,
            Subject = subject.Length <= 200 ? subject : subject[..200],
            Version = Math.Max(last, pending) + 1,
            Action = action,
            Actor = actor.Length <= 320 ? actor : actor[..320],
            At = clock.GetUtcNow(),
            OldValue = ToJson(oldValue),
            NewValue = ToJson(newValue),
        };
        db.AuditLog.Add(entry);
        return entry;
    }

    /// <summary>Newest first, optionally of one area and subject.</summary>
    public async Task<IReadOnlyList<AuditLogEntry>> ListAsync(string? area, string? subject, DateTimeOffset? from, DateTimeOffset? to, int limit, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var query = db.AuditLog.AsNoTracking();
        if (area is not null)
        {
            query = query.Where(a => a.Area == area);
        }

        if (subject is not null)
        {
            query = query.Where(a => a.Subject == subject);
        }

        // Dates are UTC ticks in SQLite (UtcTicksConverter), so the window is compared in SQL on both providers.
        if (from is { } start)
        {
            query = query.Where(a => a.At >= start);
        }

        if (to is { } end)
        {
            query = query.Where(a => a.At < end);
        }

        return await query.OrderByDescending(a => a.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
    }

    public static string? ToJson(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };
}
