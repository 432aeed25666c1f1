using ContactCentre.Bot.Flows.Validation;
using ContactCentre.Bot.Flows.Versions;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>A problem of a flow document as the API shows it: the node (null = the document) and the message naming it.</summary>
public sealed record FlowErrorView(string? Node, string Message)
{
    public static IReadOnlyList<FlowErrorView> From(IEnumerable<FlowValidationError> errors) => [.. errors.Select(e => new FlowErrorView(e.NodeId, e.Message))];
}

public sealed record FlowSummaryView(string Name, int ActiveVersion, string? ActiveAuthor, DateTimeOffset? PublishedAt, int DraftRevision, string? DraftAuthor, DateTimeOffset? DraftSavedAt);

public sealed record FlowDraftView(string Name, string Content, int Revision, string? Author, DateTimeOffset? SavedAt, int? BasedOnVersion, IReadOnlyList<FlowErrorView> Errors)
{
    public static FlowDraftView From(FlowDraft draft, IReadOnlyList<FlowValidationError> errors) =>
        new(draft.FlowName, draft.Content, draft.Revision, draft.Author, draft.SavedAt, draft.BasedOnVersion, FlowErrorView.From(errors));
}

public sealed record FlowVersionView(string Name, int Version, string Status, string Author, string? Message, DateTimeOffset? PublishedAt, int? BasedOnVersion, string? Content)
{
    public static FlowVersionView From(FlowVersion v, bool withContent) =>
        new(v.FlowName, v.Version, v.Status, v.Author, v.Message, v.PublishedAt, v.BasedOnVersion, withContent ? v.Content : null);
}

public sealed record FlowValidationView(bool Valid, IReadOnlyList<FlowErrorView> Errors);

public sealed record FlowDiffView(string Name, string From, string To, string Diff);

public sealed record TestChatView(Guid SessionId, string Flow);
