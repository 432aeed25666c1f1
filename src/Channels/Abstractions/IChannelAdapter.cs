namespace ContactCentre.Channels.Abstractions;

/// <summary>
/// A channel: translates the provider's wire format to and from <see cref="Activity"/> and talks to
/// the provider. No business logic, no database. Inbound verification and mapping are the
/// adapter's webhook (or mailbox reader); <see cref="SendAsync"/> is called by the outbox sender
/// only, never from a turn, so a reply is sent once and only after its turn is committed.
/// </summary>
public interface IChannelAdapter
{
    /// <summary>The channel id activities carry (webchat, whatsapp, email, telegram, test).</summary>
    string ChannelId { get; }

    /// <summary>Largest sends per second the provider accepts from one sender.</summary>
    double MaxMessagesPerSecond { get; }

    /// <summary>Maps the activity to the provider's wire format and sends it.</summary>
    Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken);
}
