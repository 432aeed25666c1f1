using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.Cluster;

/// <summary>
/// What a channel does with an inbound it accepted (the same code for a live webhook and a spool replay), so a
/// replayed message goes through exactly the normal path: its claim, its turn, its media.
/// </summary>
public interface IInboundReplayer
{
    string ChannelId { get; }

    Task AcceptAsync(Activity inbound, CancellationToken cancellationToken);
}
