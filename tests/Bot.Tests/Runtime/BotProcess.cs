using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace ContactCentre.Bot.Tests.Runtime;

/// <summary>
/// The real host as a separate process (`dotnet ContactCentre.Bot.dll`, the build of the same
/// configuration as the tests), so a test can SIGKILL it at a crash point and start it again on the
/// same database. Its stdout and stderr are kept for waiting on lines and for failure messages.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>ContactCentre.Bot.dll under src/Bot/bin/&lt;Configuration&gt;/&lt;tfm&gt;/, found from the test assembly's location.</summary>
    public static string BotDll()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testDirectory.Name;
        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? testDirectory.Parent?.Name
            ?? "Debug";
        var root = testDirectory;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ContactCentre.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No ContactCentre.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "src", "Bot", "bin", configuration, tfm, "ContactCentre.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The host is not built for {configuration}/{tfm}.", dll);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static readonly TimeSpan StartUpFloor = TimeSpan.FromSeconds(150);

    /// <summary>Starts the host with these settings (after --urls) and waits until /health answers.</summary>
    public static async Task<BotProcess> StartAsync(IEnumerable<string> settings, string? crashAt, TimeSpan timeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        start.Environment.Remove("CC_CRASH_AT");
        if (crashAt is not null)
        {
            start.Environment["CC_CRASH_AT"] = crashAt;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Start-up is not what these tests measure: a loaded 2-core machine can take a minute to JIT and migrate.
            await bot.WaitHealthyAsync(timeout < StartUpFloor ? StartUpFloor : timeout);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited ({_process.ExitCode}) before answering /health:\n{Output}");
            }

            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative), cts.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host did not answer /health within {timeout}:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until a line containing <paramref name="text"/> shows on the child's output.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited ({_process.ExitCode}) before printing '{text}':\n{Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host did not print '{text}' within {timeout}:\n{Output}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL (Process.Kill on Linux): no shutdown hooks, no flush, no graceful stop.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // never started
        }

        _process.Dispose();
    }
}
