using System.Collections.Concurrent;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;

namespace ContactCentre.Bot.Studio.Flows;

/// <summary>
/// The open test chats of this process. A chat idle for <see cref="IdleLimit"/> is closed (its temporary store
/// deleted) when the next one starts; at most <see cref="MaxOpen"/> are open, the least recently used closing first.
/// </summary>
public sealed class FlowSandboxes(StoreFactory stores, RoutingSettings routing, TimeProvider clock) : IAsyncDisposable
{
    public const int MaxOpen = 20;
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<Guid, FlowSandbox> _open = new();

    /// <exception cref="FormatException">The document is not a readable flow.</exception>
    public async Task<FlowSandbox> StartAsync(string flow, string content, CancellationToken cancellationToken)
    {
        await CloseIdleAsync();
        var sandbox = await FlowSandbox.StartAsync(flow, content, stores, routing, clock, cancellationToken);
        _open[sandbox.Id] = sandbox;
        return sandbox;
    }

    public FlowSandbox? Find(Guid id) => _open.TryGetValue(id, out var sandbox) ? sandbox : null;

    public async Task<bool> CloseAsync(Guid id)
    {
        if (!_open.TryRemove(id, out var sandbox))
        {
            return false;
        }

        await sandbox.DisposeAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _open.Keys)
        {
            await CloseAsync(id);
        }
    }

    private async Task CloseIdleAsync()
    {
        var now = clock.GetUtcNow();
        var byAge = _open.Values.OrderBy(s => s.LastUsed).ToList();
        var excess = byAge.Count - (MaxOpen - 1);
        foreach (var sandbox in byAge.Where((s, i) => i < excess || now - s.LastUsed > IdleLimit))
        {
            await CloseAsync(sandbox.Id);
        }
    }
}
