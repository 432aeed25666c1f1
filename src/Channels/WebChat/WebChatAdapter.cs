using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Channels.WebChat;

/// <summary>
/// The web chat channel (Direct Line). Sending means appending to the conversation's activity log — what
/// polling clients and reconnects read — and pushing to the conversation's open WebSockets. The outbox
/// sender calls this for bot and agent replies alike; a retried send finds the activity already logged.
/// </summary>
public sealed class WebChatAdapter(IDirectLineStore store, DirectLineStreams streams) : IChannelAdapter
{
    public string ChannelId => DirectLineWire.ChannelId;

    /// <summary>Delivery is a local write; the limit only keeps a flood of replies from starving the store.</summary>
    public double MaxMessagesPerSecond => 500;

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == "handoff")
        {
            return SendResult.Ok(null); // internal-only activity type (spec A6200): never shown to the customer
        }

        var conversationId = activity.Conversation.Id;
        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is WebSocket-only in Direct Line: pushed, never logged.
            var typing = DirectLineWire.FromActivity(activity);
            typing["id"] = activity.Id ?? $"typing-{Guid.NewGuid():N}";
            typing["timestamp"] = DirectLineWire.Timestamp(activity.Timestamp == default ? DateTimeOffset.UtcNow : activity.Timestamp);
            streams.Publish(conversationId, new DirectLineStreamItem(0, typing.ToJsonString()));
            return SendResult.Ok(null);
        }

        if (await store.FindConversationAsync(conversationId, cancellationToken) is null)
        {
            return SendResult.Refused($"Direct Line conversation '{conversationId}' does not exist.");
        }

        var (stored, _) = await store.AppendAsync(conversationId, activity.Id ?? Guid.NewGuid().ToString("N"), null, DirectLineWire.FromActivity(activity), cancellationToken);
        streams.Publish(conversationId, new DirectLineStreamItem(stored.Sequence, stored.Json));
        return SendResult.Ok(stored.Id);
    }
}
