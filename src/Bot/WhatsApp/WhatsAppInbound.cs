using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// A verified inbound WhatsApp message, from the webhook or from the spool: its media registered, its turn run and
/// committed. One path for both, so a replay after a database outage is exactly a late live message.
/// </summary>
public sealed class WhatsAppInbound(WhatsAppMediaStore media, WhatsAppSignal signal, TurnPipeline pipeline) : IInboundReplayer
{
    public string ChannelId => "whatsapp";

    public async Task AcceptAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var activity = await media.RegisterAsync(inbound, cancellationToken);
        await pipeline.ProcessAsync(activity, cancellationToken);
        if (activity.Attachments.Count > 0)
        {
            signal.Notify();
        }
    }
}
