using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>
/// <c>scenarios run PATH... [--json FILE]</c> (docs/scenario-format.md): parses every file first (any error:
/// message on stderr, exit 2, nothing run), runs each scenario in its own world, prints <c>PASS name</c> /
/// <c>FAIL name: why</c> per scenario and last <c>N passed, M failed</c>; exit 0 all passed, 1 some failed.
/// </summary>
public static class ScenarioCommand
{
    /// <summary>Every scenario passed.</summary>
    public const int AllPassed = 0;

    /// <summary>At least one scenario failed.</summary>
    public const int SomeFailed = 1;

    /// <summary>A file could not be read or is invalid, or the command line is wrong; nothing ran.</summary>
    public const int Invalid = 2;

    /// <summary>The usage line.</summary>
    public const string Usage = "usage: scenarios run PATH... [--json FILE]   (PATH: a .yaml/.yml file or a folder, searched recursively)";

    /// <summary>Runs the command with the arguments after <c>scenarios run</c>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var paths = new List<string>();
        string? json = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--json")
            {
                if (i + 1 >= args.Count)
                {
                    await error.WriteLineAsync($"--json needs a FILE.\n{Usage}");
                    return Invalid;
                }

                json = args[++i];
            }
            else if (arg.StartsWith("--json=", StringComparison.Ordinal))
            {
                json = arg["--json=".Length..];
            }
            else if (arg is "-h" or "--help")
            {
                await output.WriteLineAsync(Usage);
                return AllPassed;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"unknown option '{arg}'.\n{Usage}");
                return Invalid;
            }
            else
            {
                paths.Add(arg);
            }
        }

        if (paths.Count == 0)
        {
            await error.WriteLineAsync($"no PATH given.\n{Usage}");
            return Invalid;
        }

        List<PreparedScenario> prepared;
        try
        {
            var files = Files(paths);
            prepared = [.. files.Select(ScenarioParser.ParseFile).SelectMany(d => d.Scenarios).Select(ScenarioWorldFactory.Prepare)];
        }
        catch (ScenarioFormatException e)
        {
            await error.WriteLineAsync(e.Message);
            return Invalid;
        }

        if (json is not null && !CanWrite(json, out var problem))
        {
            await error.WriteLineAsync($"{json}: cannot write the --json file: {problem}");
            return Invalid;
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in prepared)
        {
            var result = await ScenarioRunner.RunAsync(scenario, cancellationToken);
            results.Add(result);
            await output.WriteLineAsync(result.Passed ? $"PASS {scenario.Scenario.Name}" : $"FAIL {scenario.Scenario.Name}: {result.Failure}");
        }

        var passed = results.Count(r => r.Passed);
        var failed = results.Count - passed;
        if (json is not null)
        {
            await ScenarioReport.WriteAsync(json, results, cancellationToken);
        }

        await output.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? AllPassed : SomeFailed;
    }

    /// <summary>
    /// The scenario files: <see cref="ScenarioParser.ExpandPaths"/>, except that flow files found in a folder
    /// (<c>*.flow.yaml</c>, which scenarios name with <c>flow:</c>) are not scenarios.
    /// </summary>
    private static IReadOnlyList<string> Files(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            var found = ScenarioParser.ExpandPaths([path]);
            files.AddRange(Directory.Exists(path) ? found.Where(f => !IsFlowFile(f)) : found);
        }

        return ScenarioParser.ExpandPaths(files);
    }

    private static bool IsFlowFile(string file) =>
        file.EndsWith(".flow.yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".flow.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checked before running, so a long run never ends without its report.</summary>
    private static bool CanWrite(string path, out string? problem)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using (File.Open(path, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }

            problem = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = e.Message;
            return false;
        }
    }
}
