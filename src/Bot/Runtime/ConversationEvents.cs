namespace ContactCentre.Bot.Runtime;

/// <summary>
/// In-process publication of committed changes (consoles subscribe; across nodes the SignalR backplane
/// carries them). Publishing never blocks a turn: a slow subscriber only delays itself.
/// </summary>
public sealed class ConversationEvents
{
    private readonly List<Func<ConversationChanged, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<ConversationChanged, Task> subscriber)
    {
        lock (_subscribers)
        {
            _subscribers.Add(subscriber);
        }

        return new Subscription(() =>
        {
            lock (_subscribers)
            {
                _subscribers.Remove(subscriber);
            }
        });
    }

    public void Publish(ConversationChanged change)
    {
        Func<ConversationChanged, Task>[] targets;
        lock (_subscribers)
        {
            targets = [.. _subscribers];
        }

        foreach (var target in targets)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await target(change);
                }
                catch (Exception)
                {
                    // A subscriber's failure (a closed console socket) must not touch the turn that published.
                }
            });
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
