namespace ContactCentre.Domain.Routing.Rules;

/// <summary>Where a schedule stands under R5.</summary>
public enum ScheduleStanding
{
    Counts,
    Removed,
    Expired,

    /// <summary>onboarding / suporte: never used for sales routing.</summary>
    NotForSales,

    /// <summary>Due later than its tag allows: out of rule.</summary>
    BeyondBusinessDayLimit,

    /// <summary>Due more than 7 calendar days after creation and not validated: out of rule.</summary>
    NeedsValidation,
}
