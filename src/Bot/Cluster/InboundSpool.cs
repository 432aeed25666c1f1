using System.Runtime.InteropServices;
using System.Text.Json;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// A durable local queue of inbound messages the node acknowledged while the database was away: one file per
/// message, written to a temporary name, fsynced, renamed, and the directory fsynced, so an acknowledged message
/// survives a power cut. Files are named by arrival, replayed in that order and deleted once their turn is
/// committed (or found claimed). While it holds anything, new messages of the channel queue behind them, so a
/// customer's messages are not answered out of order.
/// </summary>
public sealed class InboundSpool : IDisposable
{
    private const string Suffix = ".inbound.json";
    private readonly string _directory;
    private readonly string _failed;
    private readonly ILogger<InboundSpool> _logger;
    private readonly SpoolSignal _wake = new();
    private long _sequence;
    private int _pending;

    public InboundSpool(IOptions<ClusterOptions> options, ILogger<InboundSpool> logger)
    {
        _logger = logger;
        _directory = Path.GetFullPath(options.Value.SpoolDirectory);
        _failed = Path.Combine(_directory, "failed");
        if (Directory.Exists(_directory))
        {
            foreach (var partial in Directory.EnumerateFiles(_directory, "*.tmp"))
            {
                File.Delete(partial); // a write cut short never reached fsync+rename: it was never acknowledged
            }
        }

        _pending = Pending().Count;
    }

    public string DirectoryPath => _directory;

    /// <summary>True while messages wait: new ones go behind them rather than overtake them.</summary>
    public bool HasPending => Volatile.Read(ref _pending) > 0;

    /// <summary>
    /// For providers that do not retry a 5xx: runs the message's normal path, or spools it when the database is
    /// away (or messages already wait, so this one does not overtake them). Returns once it is committed or on disk.
    /// </summary>
    public async Task AcceptOrSpoolAsync(IInboundReplayer channel, Activity inbound, CancellationToken cancellationToken)
    {
        if (HasPending)
        {
            await SpoolAsync(inbound, cancellationToken);
            return;
        }

        try
        {
            await channel.AcceptAsync(inbound, cancellationToken);
        }
        catch (Exception e) when (StoreFaults.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("The database is away ({Error}).", e.GetBaseException().Message);
            await SpoolAsync(inbound, CancellationToken.None);
        }
    }

    /// <summary>Writes the message durably; returns only once it is on disk (then the provider may be acknowledged).</summary>
    public async Task SpoolAsync(Activity inbound, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        var name = $"{DateTime.UtcNow.Ticks:D19}-{Interlocked.Increment(ref _sequence):D9}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(_directory, name + ".tmp");
        var final = Path.Combine(_directory, name + Suffix);
        var entry = new SpooledInbound(inbound.ChannelId, ActivityJson.Serialize(inbound), DateTimeOffset.UtcNow);
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await JsonSerializer.SerializeAsync(file, entry, cancellationToken: cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, final);
        SyncDirectory(_directory);
        Interlocked.Increment(ref _pending);
        _logger.LogWarning("Inbound {Channel} message spooled to local disk: the database is away; it will be replayed when it returns.", inbound.ChannelId);
        _wake.Notify();
    }

    /// <summary>The spooled files, oldest first.</summary>
    public IReadOnlyList<string> Pending() => Directory.Exists(_directory)
        ? [.. Directory.EnumerateFiles(_directory, "*" + Suffix).Order(StringComparer.Ordinal)]
        : [];

    public async Task<SpooledInbound> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SpooledInbound>(file, cancellationToken: cancellationToken)
            ?? throw new InvalidDataException($"Empty spool file {path}.");
    }

    /// <summary>The message's turn is committed (or it was already claimed): it leaves the spool.</summary>
    public void Complete(string path)
    {
        File.Delete(path);
        SyncDirectory(_directory);
        Interlocked.Decrement(ref _pending);
    }

    /// <summary>Sets a message that keeps failing for another reason aside (failed/), so it does not block the queue; kept for a person to look at.</summary>
    public void SetAside(string path, string reason)
    {
        Directory.CreateDirectory(_failed);
        File.Move(path, Path.Combine(_failed, Path.GetFileName(path)));
        File.WriteAllText(Path.Combine(_failed, Path.GetFileName(path) + ".error.txt"), reason);
        SyncDirectory(_directory);
        Interlocked.Decrement(ref _pending);
    }

    public void Dispose() => _wake.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    /// <summary>fsync of the directory makes the rename (the file's name) durable too, not only its bytes.</summary>
    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var fd = Open(System.Text.Encoding.UTF8.GetBytes(directory + "\0"), 0 /* O_RDONLY */);
        if (fd < 0)
        {
            return;
        }

        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] nullTerminatedUtf8Path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}

/// <summary>One spooled message: the activity exactly as the channel mapped it from the verified webhook.</summary>
public sealed record SpooledInbound(string Channel, string ActivityJson, DateTimeOffset SpooledAt);

/// <summary>Wakes the replayer when a message is spooled.</summary>
public sealed class SpoolSignal : WakeSignal;
