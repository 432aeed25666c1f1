using System.Diagnostics;

namespace ContactCentre.Bot.Tests.Email;

/// <summary>
/// The real mail servers the e-mail tests run against: Dovecot (IMAP) and maildev (SMTP with a REST API),
/// from tests/mail/mail-servers.sh. ./test.sh starts them once and exports CC_TEST_MAIL_DIR and the ports;
/// a bare `dotnet test` starts a private pair here and stops it at the end. Each test reads and writes its
/// own mailbox (any user name logs in to Dovecot with password "secret"), so tests never see each other's mail.
/// </summary>
public sealed class MailServers : IAsyncLifetime
{
    public const string Password = "secret";
    private bool _owned;

    public string Directory { get; private set; } = "";
    public int ImapPort { get; private set; }
    public int SmtpPort { get; private set; }
    public Uri MaildevUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("CC_TEST_MAIL_DIR") is { Length: > 0 } shared && File.Exists(Path.Combine(shared, "env")))
        {
            Directory = shared;
        }
        else
        {
            Directory = Path.Combine(Path.GetTempPath(), $"cc-mail-{Guid.NewGuid():N}");
            _owned = true;
            try
            {
                await ScriptAsync("start", TimeSpan.FromMinutes(3));
            }
            catch
            {
                // xUnit does not dispose a fixture whose start failed: stop whatever did start.
                await DisposeAsync();
                throw;
            }
        }

        var env = (await File.ReadAllLinesAsync(Path.Combine(Directory, "env")))
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        ImapPort = int.Parse(env["CC_TEST_IMAP_PORT"], System.Globalization.CultureInfo.InvariantCulture);
        SmtpPort = int.Parse(env["CC_TEST_SMTP_PORT"], System.Globalization.CultureInfo.InvariantCulture);
        MaildevUrl = new Uri(env["CC_TEST_MAILDEV_URL"]);
    }

    public async Task DisposeAsync()
    {
        if (_owned)
        {
            await ScriptAsync("stop", TimeSpan.FromSeconds(30));
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // a server still closing a file; the temp folder is the OS's to clean
            }
        }
    }

    /// <summary>SIGKILLs Dovecot (a crash, not a shutdown) and starts it again on the same port and mail folders.</summary>
    public async Task RestartImapAsync()
    {
        await ScriptAsync("stop-imap", TimeSpan.FromSeconds(30));
        await ScriptAsync("start-imap", TimeSpan.FromSeconds(60));
    }

    /// <summary>The bot's settings for a mailbox of its own on these servers.</summary>
    public string[] BotSettings(string botAddress, double pollSeconds = 2) =>
    [
        $"--Channels:Email:Address={botAddress}",
        "--Channels:Email:DisplayName=Atendimento Teste",
        $"--Channels:Email:PollSeconds={pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "--Channels:Email:Imap:Host=127.0.0.1",
        $"--Channels:Email:Imap:Port={ImapPort}",
        "--Channels:Email:Imap:UseSsl=false",
        $"--Channels:Email:Imap:User={botAddress}",
        $"--Channels:Email:Imap:Password={Password}",
        "--Channels:Email:Smtp:Host=127.0.0.1",
        $"--Channels:Email:Smtp:Port={SmtpPort}",
        "--Channels:Email:Smtp:UseSsl=false",
    ];

    private async Task ScriptAsync(string command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tests", "mail", "mail-servers.sh"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(Directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mail-servers.sh {command} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            // Bounded: a server started by the script must not hold the test run on its inherited pipes.
            var said = await Task.WhenAll(output, error).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(t => t.IsCompletedSuccessfully ? string.Join('\n', t.Result) : "(no output)", TaskScheduler.Default);
            throw new InvalidOperationException($"mail-servers.sh {command} failed ({process.ExitCode}): {said}");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContactCentre.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No ContactCentre.sln above {AppContext.BaseDirectory}.");
    }
}
