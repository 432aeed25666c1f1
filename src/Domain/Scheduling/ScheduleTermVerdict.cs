namespace ContactCentre.Domain.Scheduling;

/// <summary>
/// R5's answer to a schedule an agent wants to create or renew: allowed (and whether it goes in validated),
/// or refused naming the limit (the rule parameter's name, e.g. <c>saleWithContactMaxBusinessDays</c>) and why.
/// </summary>
public sealed record ScheduleTermVerdict(bool Allowed, string? Limit, string Message, bool Validated)
{
    public static ScheduleTermVerdict Allow(string message, bool validated) => new(true, null, message, validated);

    public static ScheduleTermVerdict Refuse(string limit, string message) => new(false, limit, message, false);
}
