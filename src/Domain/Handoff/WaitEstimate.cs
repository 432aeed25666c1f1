namespace ContactCentre.Domain.Handoff;

/// <summary>
/// The wait a customer is told when a team's queue has nobody free: the median of that team's recent waits
/// (queue → accepted), rounded up to whole minutes. With too few recent waits it says it does not know,
/// rather than invent a number.
/// </summary>
public static class WaitEstimate
{
    public const int MinimumSamples = 3;

    public static TimeSpan? From(IEnumerable<TimeSpan> recentWaits, int minimumSamples = MinimumSamples)
    {
        ArgumentNullException.ThrowIfNull(recentWaits);
        var waits = recentWaits.Where(w => w >= TimeSpan.Zero).Order().ToList();
        if (waits.Count < Math.Max(1, minimumSamples))
        {
            return null;
        }

        var middle = waits.Count / 2;
        var median = waits.Count % 2 == 1 ? waits[middle] : (waits[middle - 1] + waits[middle]) / 2;
        return TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(median.TotalMinutes)));
    }
}
