using System.Threading.Channels;

namespace ContactCentre.Channels.WebChat;

/// <summary>One WebSocket's queue of pushed activities; dispose when the socket closes.</summary>
public sealed class DirectLineStreamSubscription(ChannelReader<DirectLineStreamItem> reader, Action dispose) : IDisposable
{
    private Action? _dispose = dispose;

    public ChannelReader<DirectLineStreamItem> Reader { get; } = reader;

    public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
}
