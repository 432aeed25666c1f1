using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Domain.Routing.Rules;

/// <summary>R5's verdict on one schedule, with the numbers behind it.</summary>
public sealed record ScheduleAssessment(Schedule Schedule, ScheduleStanding Standing, int BusinessDays, int CalendarDays, string Why)
{
    public bool Counts => Standing == ScheduleStanding.Counts;

    /// <summary>Breaks the limits (listed to managers as out of rule, never deleted).</summary>
    public bool OutOfRule => Standing is ScheduleStanding.BeyondBusinessDayLimit or ScheduleStanding.NeedsValidation;
}
