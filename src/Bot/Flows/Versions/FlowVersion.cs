namespace ContactCentre.Bot.Flows.Versions;

/// <summary>
/// One stored version of a flow document. Published versions are numbered 1, 2, 3… per flow and never
/// deleted or changed (only their status moves from published to archived when a newer one is published);
/// each flow has at most one draft, numbered 0, which managers save with <see cref="Revision"/> as the
/// concurrency token.
/// </summary>
public sealed class FlowVersion
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string FlowName { get; init; }

    /// <summary>1, 2, 3… for published and archived versions; 0 for the flow's draft.</summary>
    public int Version { get; set; }

    /// <summary>draft, published (the active one) or archived (see <see cref="FlowVersionStatus"/>).</summary>
    public string Status { get; set; } = FlowVersionStatus.Draft;

    /// <summary>The flow document as the manager wrote it (YAML or JSON).</summary>
    public required string Content { get; set; }

    public string Author { get; set; } = "";

    /// <summary>What changed (publish) or why (rollback).</summary>
    public string? Message { get; set; }

    /// <summary>When this content was written: a version's creation, the draft's last save.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The draft's concurrency token: bumped on every save; a saver sends the revision it read.</summary>
    public int Revision { get; set; }

    /// <summary>The published version this draft started from, or the version a rollback restored.</summary>
    public int? BasedOnVersion { get; set; }
}

public static class FlowVersionStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";
}
