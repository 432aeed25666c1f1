namespace ContactCentre.Bot.Studio.Audit;

/// <summary>
/// One change a manager (or an API key) made to the catalogue, rules or configuration: who, when, what, and the
/// value before and after as JSON. Rows are only ever added; <see cref="Version"/> numbers the changes of one
/// subject (1, 2, 3…), so each subject's history is its own list of versions.
/// </summary>
public sealed class AuditLogEntry
{
    public long Id { get; init; }

    /// <summary>What kind of thing changed: product, routing-parameters, calendar, knowledge, canned-reply, template, api-key, webhook, user, import.</summary>
    public required string Area { get; init; }

    /// <summary>Which one: a product code, a knowledge entry id, "routing" for the parameter set…</summary>
    public required string Subject { get; init; }

    public int Version { get; init; }

    /// <summary>created, updated, deleted, revoked, imported…</summary>
    public required string Action { get; init; }

    public required string Actor { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The value before (JSON), null when created.</summary>
    public string? OldValue { get; init; }

    /// <summary>The value after (JSON), null when deleted.</summary>
    public string? NewValue { get; init; }
}
