namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>
/// A scenario's clock: it stands still until a <c>wait:</c> turn moves it, so every run of a scenario
/// sees exactly the same instants. Only <see cref="GetUtcNow"/> is virtual; timers still run on real time
/// (the runner starts no hosted service that would use them).
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long _utcTicks;

    /// <summary>Starts the clock at <paramref name="start"/> (the scenario's <c>now:</c>).</summary>
    public ManualClock(DateTimeOffset start)
    {
        _utcTicks = start.UtcTicks;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward.</summary>
    /// <param name="duration">How far; never negative.</param>
    public void Advance(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, duration.Ticks);
    }
}
