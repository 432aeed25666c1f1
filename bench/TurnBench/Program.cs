using System.Globalization;
using ContactCentre.Bench;

// Turn benchmark: N conversations × M turns through the real pipeline and store (SQLite file, WAL) holding
// STORED earlier conversations, beside a no-op bot through the same pipeline and a bare loop, all in one run.
//   dotnet run -c Release --project bench/TurnBench -- [conversations=2000] [turns=5] [concurrency=64] [stored=100000]
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var conversations = Arg(0, 2000);
var turns = Arg(1, 5);
var concurrency = Arg(2, 64);
var stored = Arg(3, 100_000);

Console.WriteLine($"{conversations} conversations × {turns} turns, {concurrency} at a time, {stored} stored conversations, {Environment.ProcessorCount} cores");
var prefill = System.Diagnostics.Stopwatch.StartNew();
var template = await PipelineRun.CreateTemplateAsync(stored);
Console.WriteLine($"store prefilled in {prefill.Elapsed.TotalSeconds:0.0} s ({new FileInfo(template).Length / 1_048_576.0:0} MB)");
try
{
    var bare = BareLoop.Run(conversations * turns);
    Console.WriteLine(bare.Format("bare loop"));
    // BENCH_ONLY=noop|flow runs one of the two (for a profiler); the figures are quoted from full runs.
    var only = Environment.GetEnvironmentVariable("BENCH_ONLY");
    var noop = only == "flow" ? null : await PipelineRun.RunAsync(template, conversations, turns, concurrency, useDefaultFlow: false);
    Console.WriteLine(noop?.Format("no-op bot"));
    var flow = only == "noop" ? null : await PipelineRun.RunAsync(template, conversations, turns, concurrency, useDefaultFlow: true);
    Console.WriteLine(flow?.Format("default flow"));
    if (noop is null || flow is null)
    {
        return;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"default flow / no-op bot: {noop.TurnsPerSecond / flow.TurnsPerSecond:0.00}× the time per turn (throughput), p99 {flow.Percentile(99) / noop.Percentile(99):0.00}×; stored conversations after the run: {flow.StoredConversations}"));
}
finally
{
    PipelineRun.Delete(template);
}
