using Microsoft.AspNetCore.Http;

namespace ContactCentre.Channels.Abstractions;

/// <summary>A channel whose provider calls us: verify the signature before parsing, then map wire → activity.</summary>
public interface IWebhookAdapter : IChannelAdapter
{
    Task<InboundVerification> ReadAsync(HttpRequest request, CancellationToken cancellationToken);
}
