using System.Globalization;

namespace ContactCentre.Bench;

/// <summary>Throughput and latency percentiles of one run.</summary>
public sealed record Measurement(int Turns, TimeSpan Elapsed, double[] LatenciesMs, int StoredConversations = 0, TimeSpan Cpu = default)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
    /// <summary>Processor time per turn (all threads): steadier than wall time on a shared machine.</summary>
    public double CpuMsPerTurn => Cpu.TotalMilliseconds / Turns;

    public double MeanMs => LatenciesMs.Length == 0 ? 0 : LatenciesMs.Average();

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return 0;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }

    public string Format(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-14} {TurnsPerSecond,10:0} turns/s   p50 {Percentile(50),8:0.000} ms   p99 {Percentile(99),8:0.000} ms   cpu {CpuMsPerTurn,6:0.000} ms/turn   ({Turns} turns in {Elapsed.TotalSeconds:0.0} s)");
}
