using System.Diagnostics;

namespace ContactCentre.Bench;

/// <summary>The harness alone: the same per-turn timing around an empty body, the floor every figure stands on.</summary>
public static class BareLoop
{
    public static Measurement Run(int turns)
    {
        var latencies = new double[turns];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < turns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new Measurement(turns, total.Elapsed, latencies);
    }
}
