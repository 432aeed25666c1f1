using ContactCentre.Bot.Scenarios.Running;

namespace ContactCentre.Bot.Tests.Scenarios.Running;

/// <summary>A temporary folder of scenario files, and the runner's command run in-process on it.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public ScenarioFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cc-scenarios-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (relative name) and returns its full path.</summary>
    public string Write(string name, string yaml)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml);
        return file;
    }

    /// <summary>Runs <c>scenarios run ARGS</c> and returns the exit code with what was printed.</summary>
    public static async Task<RunOutput> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ScenarioCommand.RunAsync(args, output, error, CancellationToken.None);
        return new RunOutput(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>What one run of the command printed.</summary>
internal sealed record RunOutput(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Summary => Lines.Count == 0 ? string.Empty : Lines[^1];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}
