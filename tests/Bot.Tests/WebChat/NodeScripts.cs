using System.Diagnostics;
using System.Text.Json;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>
/// Runs the protocol clients in tests/webchat with node. ./test.sh installs their packages (npm ci); when
/// they are missing (a bare `dotnet test`) the first run installs them.
/// </summary>
internal static class NodeScripts
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "webchat");

    public static async Task<JsonElement> RunAsync(string script, params string[] args)
    {
        await EnsureInstalledAsync();
        var (code, stdout, stderr) = await ExecAsync("node", [Path.Combine(Folder, script), .. args], TimeSpan.FromSeconds(180));
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        if (last is null)
        {
            throw new InvalidOperationException($"{script} printed no JSON (exit {code}).\nstdout: {stdout}\nstderr: {stderr}");
        }

        using var json = JsonDocument.Parse(last);
        var result = json.RootElement.Clone();
        if (code != 0 || result.TryGetProperty("error", out _))
        {
            throw new InvalidOperationException($"{script} failed (exit {code}): {last}\nstderr: {stderr}");
        }

        return result;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "botframework-directlinejs")))
            {
                var (code, stdout, stderr) = await ExecAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), Folder);
                if (code != 0)
                {
                    throw new InvalidOperationException($"npm ci in {Folder} failed ({code}): {stdout}\n{stderr}");
                }
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> ExecAsync(string file, string[] args, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran over {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
