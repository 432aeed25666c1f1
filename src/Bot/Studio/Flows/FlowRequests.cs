namespace ContactCentre.Bot.Studio.Flows;

/// <summary>Saving a draft: the document, and the revision it was based on (or send <c>If-Match: "REVISION"</c>).</summary>
public sealed record SaveDraftRequest(string? Content, int? Revision);

/// <summary>A document to validate; none = the stored draft.</summary>
public sealed record ValidateFlowRequest(string? Content);

/// <summary>Publishing the draft: what changed, and optionally the draft revision the publisher reviewed.</summary>
public sealed record PublishFlowRequest(string? Message, int? Revision);

/// <summary>Rolling back: the version to restore (0 = shipped with the product) and why.</summary>
public sealed record RollbackFlowRequest(int Version, string? Message);

/// <summary>Starting a test chat: a document to run, or none for the stored draft.</summary>
public sealed record StartTestChatRequest(string? Content);

/// <summary>One customer message in a test chat.</summary>
public sealed record TestChatTurnRequest(string? Text);

/// <summary>Running scenarios against a document (default: the draft) — the files passed, or those stored with the flow.</summary>
public sealed record RunScenariosRequest(string? Content, IReadOnlyList<FlowScenarioFile>? Scenarios);

/// <summary>A scenario file's YAML.</summary>
public sealed record SaveScenarioRequest(string? Yaml);
