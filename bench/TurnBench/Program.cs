using System.Diagnostics;
using ContactCentre.Bench;

// Turn benchmark: N conversations × M turns through the real pipeline and store (SQLite file, WAL),
// beside a no-op bot through the same pipeline and a bare loop, all in one run.
//   dotnet run -c Release --project bench/TurnBench -- [conversations=2000] [turns=5] [concurrency=64]
var conversations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var turns = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var concurrency = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 64;

Console.WriteLine($"{conversations} conversations × {turns} turns, {concurrency} at a time, {Environment.ProcessorCount} cores");
var bare = BareLoop.Run(conversations * turns);
Console.WriteLine(bare.Format("bare loop"));
var noop = await PipelineRun.RunAsync(conversations, turns, concurrency, useDefaultFlow: false);
Console.WriteLine(noop.Format("no-op bot"));
var flow = await PipelineRun.RunAsync(conversations, turns, concurrency, useDefaultFlow: true);
Console.WriteLine(flow.Format("default flow"));
Console.WriteLine($"cost per turn, default flow / no-op bot: {flow.MeanMs / noop.MeanMs:0.00}×; stored conversations: {flow.StoredConversations}");
_ = Stopwatch.Frequency;
