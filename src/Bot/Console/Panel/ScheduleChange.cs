namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>One change to a schedule made by a person (created, renewed, removed), with who, when and what: the schedule's audit trail.</summary>
public sealed class ScheduleChange
{
    public required Guid Id { get; init; }
    public required string ScheduleId { get; init; }
    public required string CustomerId { get; init; }

    /// <summary>created, renewed or removed.</summary>
    public required string Action { get; init; }

    /// <summary>The user's agent id (or user id for a manager without an agent record).</summary>
    public required string By { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>What changed, in words (due dates, R5 verdict, reason).</summary>
    public required string Details { get; init; }
}
