namespace ContactCentre.Domain.Scheduling;

/// <summary>A follow-up (agendamento): owner, tag, product and due date. Never deleted: removal is recorded (R10).</summary>
public sealed class Schedule
{
    public required string Id { get; init; }
    public required string CustomerId { get; init; }
    public required ScheduleOwner Owner { get; set; }
    public required ScheduleTag Tag { get; init; }
    public string? ProductCode { get; init; }
    public required DateOnly Created { get; init; }
    public required DateOnly Due { get; set; }

    /// <summary>A manager validated it, which R5 requires beyond 7 calendar days.</summary>
    public bool Validated { get; set; }

    public string? ValidatedBy { get; set; }
    public string? Note { get; set; }

    /// <summary>The conversation the follow-up belongs to, so the bot can write in the same channel.</summary>
    public string? ConversationId { get; set; }

    public DateTimeOffset? RemovedAt { get; private set; }
    public string? RemovedBy { get; private set; }
    public string? RemovedReason { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    public void Remove(string by, string reason, DateTimeOffset now)
    {
        if (IsRemoved)
        {
            return;
        }

        RemovedAt = now;
        RemovedBy = by;
        RemovedReason = reason;
    }
}
