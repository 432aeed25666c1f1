using System.Threading.Channels;

namespace ContactCentre.Channels.WebChat;

/// <summary>
/// Open WebSockets by conversation, in this process. Publishing never blocks: each socket has its own
/// queue, and a socket that misses a push (another node appended, a queue it had not yet opened) catches
/// up from the store, because pushes carry their sequence and the socket fills gaps by reading.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly Dictionary<string, List<Channel<DirectLineStreamItem>>> _subscribers = new(StringComparer.Ordinal);

    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        var queue = Channel.CreateUnbounded<DirectLineStreamItem>(new UnboundedChannelOptions { SingleReader = true });
        lock (_subscribers)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                list = [];
                _subscribers[conversationId] = list;
            }

            list.Add(queue);
        }

        return new DirectLineStreamSubscription(queue.Reader, () => Remove(conversationId, queue));
    }

    public void Publish(string conversationId, DirectLineStreamItem item)
    {
        Channel<DirectLineStreamItem>[] targets;
        lock (_subscribers)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                return;
            }

            targets = [.. list];
        }

        foreach (var target in targets)
        {
            target.Writer.TryWrite(item);
        }
    }

    /// <summary>Open sockets of a conversation (for tests and diagnostics).</summary>
    public int CountSubscribers(string conversationId)
    {
        lock (_subscribers)
        {
            return _subscribers.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    private void Remove(string conversationId, Channel<DirectLineStreamItem> queue)
    {
        queue.Writer.TryComplete();
        lock (_subscribers)
        {
            if (_subscribers.TryGetValue(conversationId, out var list) && list.Remove(queue) && list.Count == 0)
            {
                _subscribers.Remove(conversationId);
            }
        }
    }
}
