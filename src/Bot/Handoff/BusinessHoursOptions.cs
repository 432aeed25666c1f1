using ContactCentre.Domain.Handoff;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// <c>Console:BusinessHours</c>: attended hours per weekday, in <c>Routing:TimeZone</c>, e.g.
/// <c>"Monday": "08:00-18:00"</c>; a weekday left out is closed, the business calendar's holidays are closed.
/// Empty (the default) means always attended.
/// </summary>
public sealed class BusinessHoursOptions
{
    public const string SectionName = "Console";

    public Dictionary<string, string> BusinessHours { get; set; } = [];

    /// <summary>Parses the week; throws naming the key of a bad weekday or hours.</summary>
    public BusinessHours ToBusinessHours()
    {
        var week = new Dictionary<DayOfWeek, OpeningHours>();
        foreach (var (key, value) in BusinessHours)
        {
            if (!Enum.TryParse<DayOfWeek>(key, ignoreCase: true, out var day) || int.TryParse(key, out _))
            {
                throw new InvalidOperationException($"Console:BusinessHours:{key} is not a weekday (Monday … Sunday).");
            }

            try
            {
                week[day] = OpeningHours.Parse(value);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"Console:BusinessHours:{key}: {e.Message}", e);
            }
        }

        return new BusinessHours(week);
    }
}
