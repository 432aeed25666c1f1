using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing;

/// <summary>A schedule a decision asks to create (R7's follow-up).</summary>
public sealed record ScheduleDraft(ScheduleTag Tag, ScheduleOwner Owner, string? ProductCode, DateOnly Created, DateOnly Due);
