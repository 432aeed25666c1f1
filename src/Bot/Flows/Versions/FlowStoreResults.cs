using ContactCentre.Bot.Flows.Validation;

namespace ContactCentre.Bot.Flows.Versions;

public enum FlowChangeStatus
{
    /// <summary>The draft was saved (it may still have problems: see the errors).</summary>
    Saved,

    /// <summary>A new published version exists and is now active.</summary>
    Published,

    /// <summary>Someone else changed the draft (or published) since it was read: reload, merge, retry.</summary>
    Conflict,

    /// <summary>Refused: the document has errors (each names its node).</summary>
    Invalid,

    /// <summary>No draft to publish, or no such version to roll back to.</summary>
    NotFound,
}

/// <summary>
/// A flow's draft as the studio edits it. <see cref="Revision"/> is what the saver sends back; 0 when there is
/// no draft yet (<see cref="Content"/> is then the active version's, to start from).
/// </summary>
public sealed record FlowDraft(
    string FlowName,
    string Content,
    int Revision,
    string? Author,
    DateTimeOffset? SavedAt,
    int? BasedOnVersion)
{
    public bool Exists => Revision > 0;
}

/// <summary>What saving a draft did: saved (with the document's current problems, which do not block a draft) or a conflict.</summary>
public sealed record DraftSaveResult(FlowChangeStatus Status, FlowDraft Draft, IReadOnlyList<FlowValidationError> Errors, string? Reason = null)
{
    public bool Succeeded => Status == FlowChangeStatus.Saved;
}

/// <summary>What publishing or rolling back did: the new active version, or why not (errors naming nodes, conflict, not found).</summary>
public sealed record FlowPublishResult(FlowChangeStatus Status, FlowVersion? Version, IReadOnlyList<FlowValidationError> Errors, string? Reason = null)
{
    public bool Succeeded => Status == FlowChangeStatus.Published;
}
