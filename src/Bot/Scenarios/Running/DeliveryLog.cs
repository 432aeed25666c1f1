using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>One message a channel was asked to send (what reached the customer), in send order.</summary>
/// <param name="Sequence">0-based position across all channels of the world.</param>
/// <param name="Channel">The adapter's channel id.</param>
/// <param name="Activity">The activity as the outbox handed it to the adapter.</param>
public sealed record DeliveredMessage(int Sequence, string Channel, Activity Activity)
{
    /// <summary>The message text, or empty.</summary>
    public string Text => Activity.Text ?? string.Empty;

    /// <summary>"bot" or "agent" (the sender's role).</summary>
    public string? Role => Activity.From.Role;
}

/// <summary>Every message the world's recording adapters were asked to send, shared by all channels.</summary>
public sealed class DeliveryLog
{
    private readonly List<DeliveredMessage> _messages = [];

    /// <summary>How many messages were sent so far.</summary>
    public int Count
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Records a send.</summary>
    public void Add(string channel, Activity activity)
    {
        lock (_messages)
        {
            _messages.Add(new DeliveredMessage(_messages.Count, channel, activity));
        }
    }

    /// <summary>Messages sent since <paramref name="start"/> (a former <see cref="Count"/>).</summary>
    public IReadOnlyList<DeliveredMessage> Since(int start)
    {
        lock (_messages)
        {
            return _messages.Skip(start).ToList();
        }
    }
}

/// <summary>A channel adapter that accepts every send and records it, standing in for the provider.</summary>
public sealed class RecordingChannelAdapter(string channelId, DeliveryLog log) : IChannelAdapter
{
    /// <inheritdoc />
    public string ChannelId => channelId;

    /// <inheritdoc />
    public double MaxMessagesPerSecond => 10_000;

    /// <inheritdoc />
    public Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        log.Add(channelId, activity);
        return Task.FromResult(SendResult.Ok($"{channelId}-{activity.Id}"));
    }
}
