namespace ContactCentre.Domain.Customers;

/// <summary>A sensitive change asked by a third party, held until the account holder confirms it (R15).</summary>
public sealed class HeldChange
{
    public required Guid Id { get; init; }
    public required string CustomerId { get; init; }
    public required SensitiveField Field { get; init; }
    public required string NewValue { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public HeldChangeStatus Status { get; private set; } = HeldChangeStatus.AwaitingHolder;
    public DateTimeOffset? DecidedAt { get; private set; }

    public void Confirm(DateTimeOffset now) => Decide(HeldChangeStatus.Confirmed, now);

    public void Reject(DateTimeOffset now) => Decide(HeldChangeStatus.Rejected, now);

    private void Decide(HeldChangeStatus status, DateTimeOffset now)
    {
        if (Status != HeldChangeStatus.AwaitingHolder)
        {
            throw new InvalidOperationException($"Change {Id} was already {Status}.");
        }

        Status = status;
        DecidedAt = now;
    }
}
