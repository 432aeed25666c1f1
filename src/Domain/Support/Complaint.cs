namespace ContactCentre.Domain.Support;

/// <summary>A complaint registered with a protocol number at once (R16); an unresolved one may be reopened.</summary>
public sealed class Complaint
{
    public required string Protocol { get; init; }
    public string? CustomerId { get; init; }
    public string? ConversationId { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Open;
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }
    public int ReopenCount { get; private set; }

    public void Resolve(DateTimeOffset now)
    {
        Status = ComplaintStatus.Resolved;
        ResolvedAt = now;
    }

    /// <summary>
    /// R16: "a customer may ask to reopen an unresolved protocol". A resolved one the customer
    /// says is still broken is reopened too: the customer, not the team, judges it unresolved.
    /// </summary>
    public void Reopen(DateTimeOffset now)
    {
        Status = ComplaintStatus.Reopened;
        ReopenedAt = now;
        ReopenCount++;
    }
}
