using System.Text.RegularExpressions;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows.Validation;
using ContactCentre.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Flows.Versions;

/// <summary>
/// Flow versions as managers work on them: one draft per flow, saved with a revision (a stale save is a
/// conflict, never a silent overwrite); publishing validates and appends a new numbered version (every
/// version is kept); rollback publishes a copy of an old version as the newest. The active version is the
/// newest published one, or the flow shipped in the assembly (version 0) when none was published.
/// </summary>
public sealed partial class FlowStore(StoreFactory stores, IEnumerable<IFlowAction> actions, FlowPublications publications, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int MaxAuthorLength = 200;
    public const int MaxMessageLength = 2000;
    public const string SystemAuthor = "ContactCentre";

    private readonly IReadOnlyList<IFlowAction> _actions = [.. actions];

    /// <summary>The draft, or (revision 0) the active version's content to start one from.</summary>
    public async Task<FlowDraft> GetDraftAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = stores.Create();
        var draft = await FindDraftAsync(db, name, cancellationToken);
        if (draft is not null)
        {
            return ToDraft(draft);
        }

        var active = await ActiveAsync(db, name, cancellationToken);
        return new FlowDraft(name, active?.Content ?? "", 0, null, null, active?.Version);
    }

    /// <summary>
    /// Saves the draft if nobody saved it since <paramref name="expectedRevision"/> (0: there was no draft);
    /// otherwise a conflict carrying the current draft. The returned errors are the document's problems now;
    /// they do not block a draft, only publishing.
    /// </summary>
    public async Task<DraftSaveResult> SaveDraftAsync(string name, string content, string author, int expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CheckName(name) is { } nameError)
        {
            return new DraftSaveResult(FlowChangeStatus.Invalid, new FlowDraft(name, content, expectedRevision, author, null, null), [nameError], nameError.Message);
        }

        await using var db = stores.Create();
        var draft = await FindDraftAsync(db, name, cancellationToken);
        if ((draft is null && expectedRevision != 0) || (draft is not null && draft.Revision != expectedRevision))
        {
            return await ConflictAsync(name, expectedRevision, cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (draft is null)
        {
            var active = await ActiveAsync(db, name, cancellationToken);
            draft = new FlowVersion { FlowName = name, Version = 0, Status = FlowVersionStatus.Draft, Content = content, Revision = 0, BasedOnVersion = active?.Version };
            db.FlowVersions.Add(draft);
        }

        draft.Content = content;
        draft.Author = Clip(author, MaxAuthorLength);
        draft.CreatedAt = now;
        draft.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another manager saved (or created) the draft between our read and our write.
            return await ConflictAsync(name, expectedRevision, cancellationToken);
        }

        return new DraftSaveResult(FlowChangeStatus.Saved, ToDraft(draft), Check(name, content));
    }

    /// <summary>
    /// Publishes the draft as the next version if it validates (else refused with the errors naming the nodes);
    /// with <paramref name="expectedRevision"/>, only the draft revision the publisher has seen.
    /// </summary>
    public async Task<FlowPublishResult> PublishAsync(string name, string author, string? message, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        await using var db = stores.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var draft = await FindDraftAsync(db, name, cancellationToken);
        if (draft is null)
        {
            return new FlowPublishResult(FlowChangeStatus.NotFound, null, [], $"Flow '{name}' has no draft to publish.");
        }

        if (expectedRevision is { } expected && expected != draft.Revision)
        {
            return new FlowPublishResult(FlowChangeStatus.Conflict, null, [], StaleMessage(draft, expected));
        }

        var errors = Check(name, draft.Content);
        if (errors.Count > 0)
        {
            return Refused(name, errors);
        }

        var version = await AppendAsync(db, name, draft.Content, author, message, draft.BasedOnVersion, cancellationToken);
        // The draft now matches what was published; bumping its revision makes any older copy of it stale.
        draft.BasedOnVersion = version.Version;
        draft.Revision++;
        return await CommitAsync(db, transaction, name, version, cancellationToken);
    }

    /// <summary>Publishes a copy of an old version (0: the flow shipped in the assembly) as the newest; history keeps both.</summary>
    public async Task<FlowPublishResult> RollbackAsync(string name, int version, string author, string? message = null, CancellationToken cancellationToken = default)
    {
        await using var db = stores.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var content = version == 0
            ? EmbeddedFlows.Read(name)
            : await db.FlowVersions.Where(v => v.FlowName == name && v.Version == version && v.Status != FlowVersionStatus.Draft).Select(v => v.Content).FirstOrDefaultAsync(cancellationToken);
        if (content is null || version < 0)
        {
            return new FlowPublishResult(FlowChangeStatus.NotFound, null, [], $"Flow '{name}' has no version {version}.");
        }

        var errors = Check(name, content);
        if (errors.Count > 0)
        {
            return Refused(name, errors);
        }

        var previous = await ActiveAsync(db, name, cancellationToken);
        var restored = await AppendAsync(db, name, content, author, message ?? $"Rollback to version {version}", version, cancellationToken);

        // A draft with no edits of its own follows the rollback; one with unpublished edits is left alone.
        var draft = await FindDraftAsync(db, name, cancellationToken);
        if (draft is not null && previous is not null && draft.Content == previous.Content)
        {
            draft.Content = content;
            draft.BasedOnVersion = restored.Version;
            draft.Author = restored.Author;
            draft.CreatedAt = restored.CreatedAt;
            draft.Revision++;
        }

        return await CommitAsync(db, transaction, name, restored, cancellationToken);
    }

    /// <summary>Every published and archived version, newest first.</summary>
    public async Task<IReadOnlyList<FlowVersion>> HistoryAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = stores.Create();
        return await db.FlowVersions.AsNoTracking()
            .Where(v => v.FlowName == name && v.Status != FlowVersionStatus.Draft)
            .OrderByDescending(v => v.Version)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One published or archived version (0: the one shipped in the assembly), or null.</summary>
    public async Task<FlowVersion?> GetVersionAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        if (version == 0)
        {
            return Embedded(name);
        }

        await using var db = stores.Create();
        return await db.FlowVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.FlowName == name && v.Version == version && v.Status != FlowVersionStatus.Draft, cancellationToken);
    }

    /// <summary>The version that runs: the newest published, else the shipped one as version 0; null for an unknown flow.</summary>
    public async Task<FlowVersion?> ActiveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = stores.Create();
        return await ActiveAsync(db, name, cancellationToken);
    }

    /// <summary>A document's problems as publishing would see them: unreadable (with its line), wrong name, or validation errors naming nodes.</summary>
    public IReadOnlyList<FlowValidationError> Check(string name, string content)
    {
        FlowDocument document;
        try
        {
            document = FlowParser.Parse(content, $"{name}.flow");
        }
        catch (FlowFormatException e)
        {
            return [new FlowValidationError(null, e.Message)];
        }

        var errors = new List<FlowValidationError>();
        if (!string.IsNullOrWhiteSpace(document.Name) && document.Name != name)
        {
            errors.Add(new FlowValidationError(null, $"The document's name '{document.Name}' is not the flow's name '{name}'."));
        }

        errors.AddRange(FlowValidator.Validate(document, _actions));
        return errors;
    }

    private static async Task<FlowVersion?> ActiveAsync(ContactCentreDbContext db, string name, CancellationToken cancellationToken) =>
        await db.FlowVersions.AsNoTracking()
            .Where(v => v.FlowName == name && v.Status == FlowVersionStatus.Published)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
        ?? Embedded(name);

    private static FlowVersion? Embedded(string name) => EmbeddedFlows.Read(name) is { } content
        ? new FlowVersion
        {
            Id = Guid.Empty,
            FlowName = name,
            Version = 0,
            Status = FlowVersionStatus.Published,
            Content = content,
            Author = SystemAuthor,
            Message = "Shipped with the product",
        }
        : null;

    private static Task<FlowVersion?> FindDraftAsync(ContactCentreDbContext db, string name, CancellationToken cancellationToken) =>
        db.FlowVersions.FirstOrDefaultAsync(v => v.FlowName == name && v.Status == FlowVersionStatus.Draft, cancellationToken);

    /// <summary>Adds the next numbered version as the published one; the previous published version becomes archived.</summary>
    private async Task<FlowVersion> AppendAsync(ContactCentreDbContext db, string name, string content, string author, string? message, int? basedOn, CancellationToken cancellationToken)
    {
        var last = await db.FlowVersions.Where(v => v.FlowName == name).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        foreach (var published in await db.FlowVersions.Where(v => v.FlowName == name && v.Status == FlowVersionStatus.Published).ToListAsync(cancellationToken))
        {
            published.Status = FlowVersionStatus.Archived;
        }

        var now = clock.GetUtcNow();
        var version = new FlowVersion
        {
            FlowName = name,
            Version = last + 1,
            Status = FlowVersionStatus.Published,
            Content = content,
            Author = Clip(author, MaxAuthorLength),
            Message = message is null ? null : Clip(message, MaxMessageLength),
            CreatedAt = now,
            PublishedAt = now,
            BasedOnVersion = basedOn,
        };
        db.FlowVersions.Add(version);
        return version;
    }

    private async Task<FlowPublishResult> CommitAsync(
        ContactCentreDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string name, FlowVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new FlowPublishResult(FlowChangeStatus.Conflict, null, [], $"Flow '{name}' was published or its draft saved by someone else at the same time; reload and try again.");
        }

        publications.Published(name);
        return new FlowPublishResult(FlowChangeStatus.Published, version, []);
    }

    private static FlowPublishResult Refused(string name, IReadOnlyList<FlowValidationError> errors) =>
        new(FlowChangeStatus.Invalid, null, errors, $"Flow '{name}' was not published: {string.Join(" ", errors.Select(e => e.Message))}");

    private async Task<DraftSaveResult> ConflictAsync(string name, int expectedRevision, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var current = await FindDraftAsync(db, name, cancellationToken);
        var draft = current is null ? await GetDraftAsync(name, cancellationToken) : ToDraft(current);
        var reason = current is null
            ? $"Flow '{name}' has no draft at revision {expectedRevision}; reload it."
            : StaleMessage(current, expectedRevision);
        return new DraftSaveResult(FlowChangeStatus.Conflict, draft, [], reason);
    }

    private static string StaleMessage(FlowVersion draft, int expectedRevision) =>
        $"The draft of flow '{draft.FlowName}' was saved by {(string.IsNullOrEmpty(draft.Author) ? "someone else" : draft.Author)} at {draft.CreatedAt:u} (revision {draft.Revision}); "
        + $"you edited revision {expectedRevision}. Reload it and apply your changes again.";

    private static string Clip(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];

    private static FlowDraft ToDraft(FlowVersion draft) =>
        new(draft.FlowName, draft.Content, draft.Revision, draft.Author, draft.CreatedAt, draft.BasedOnVersion);

    private static FlowValidationError? CheckName(string name) =>
        name is not null && FlowName().IsMatch(name)
            ? null
            : new FlowValidationError(null, $"'{name}' is not a flow name: use up to {MaxNameLength} letters, digits, '.', '_' or '-', starting with a letter or digit.");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]{0,99}$")]
    private static partial Regex FlowName();
}
