using ContactCentre.Bot.Knowledge;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Studio.Audit;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Studio.Catalogue;

/// <summary>A knowledge-base answer as the studio writes it: example questions → the answer R16 gives before handing off.</summary>
public sealed record KnowledgeInput(IReadOnlyList<string>? Examples, string? Answer, bool? Active);

public sealed record KnowledgeView(Guid Id, IReadOnlyList<string> Examples, string Answer, bool Active)
{
    public static KnowledgeView From(KnowledgeEntry k) => new(k.Id, k.Examples, k.Answer, k.Active);
}

/// <summary>The knowledge base (R16): create, change, deactivate; each change audited. The bot reads it on every turn.</summary>
public sealed class KnowledgeBase(StoreFactory stores, AuditLog audit)
{
    public async Task<IReadOnlyList<KnowledgeView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var entries = await db.Knowledge.AsNoTracking().ToListAsync(cancellationToken);
        return [.. entries.OrderBy(e => e.Answer, StringComparer.Ordinal).Select(KnowledgeView.From)];
    }

    /// <summary>Creates (id null) or changes an answer; (null, problem) when refused, (null, null) when there is no such id.</summary>
    public async Task<(KnowledgeView? Entry, string? Problem)> SaveAsync(Guid? id, KnowledgeInput input, string actor, CancellationToken cancellationToken)
    {
        var examples = (input.Examples ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (examples.Count == 0 || examples.Count > 100 || examples.Any(e => e.Length > 300))
        {
            return (null, "An answer needs 1 to 100 'examples' (questions as customers write them, up to 300 characters each).");
        }

        if (string.IsNullOrWhiteSpace(input.Answer) || input.Answer.Length > 4000)
        {
            return (null, "'answer' is required (up to 4000 characters).");
        }

        await using var db = stores.Create();
        KnowledgeEntry? entry = null;
        if (id is { } existing)
        {
            entry = await db.Knowledge.FirstOrDefaultAsync(k => k.Id == existing, cancellationToken);
            if (entry is null)
            {
                return (null, null);
            }
        }

        var before = entry is null ? null : KnowledgeView.From(entry);
        if (entry is null)
        {
            entry = new KnowledgeEntry { Id = Guid.NewGuid(), Answer = input.Answer.Trim() };
            db.Knowledge.Add(entry);
        }

        entry.Examples = examples;
        entry.Answer = input.Answer.Trim();
        entry.Active = input.Active ?? true;
        var after = KnowledgeView.From(entry);
        await audit.RecordAsync(db, "knowledge", entry.Id.ToString(), before is null ? "created" : "updated", actor, before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (after, null);
    }

    public async Task<bool> DeactivateAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var entry = await db.Knowledge.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        if (entry.Active)
        {
            var before = KnowledgeView.From(entry);
            entry.Active = false;
            await audit.RecordAsync(db, "knowledge", id.ToString(), "deactivated", actor, before, KnowledgeView.From(entry), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
