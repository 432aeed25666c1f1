using ContactCentre.Channels.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// WhatsApp through Twilio: verifies and maps webhooks (messages and status callbacks), maps activities to
/// Create Message calls. No business logic: the 24-hour window, templates and media storage live in the host.
/// </summary>
public sealed class WhatsAppAdapter(IOptions<TwilioOptions> options, TwilioMessagesClient client) : IWebhookAdapter
{
    public string ChannelId => WhatsAppMapper.Channel;

    public double MaxMessagesPerSecond => options.Value.MaxMessagesPerSecond;

    public TwilioOptions Options => options.Value;

    public async Task<InboundVerification> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var reading = await TwilioRequestReader.ReadAsync(request, options.Value, cancellationToken);
        return reading.IsAccepted ? WhatsAppMapper.ToActivity(reading.Form!) : InboundVerification.Reject(reading.Status, reading.Problem!);
    }

    /// <summary>A status callback, verified like a message webhook.</summary>
    public async Task<(TwilioStatusCallback? Status, int HttpStatus, string? Problem)> ReadStatusAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var reading = await TwilioRequestReader.ReadAsync(request, options.Value, cancellationToken);
        if (!reading.IsAccepted)
        {
            return (null, reading.Status, reading.Problem);
        }

        var (status, problem) = WhatsAppMapper.ToStatus(reading.Form!);
        return status is null ? (null, StatusCodes.Status400BadRequest, problem) : (status, StatusCodes.Status200OK, null);
    }

    /// <summary>Sends without a status callback; the host's sender uses <see cref="SendMessageAsync"/> with one.</summary>
    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        (await SendMessageAsync(activity, null, cancellationToken)).ToSendResult();

    public async Task<TwilioSendOutcome> SendMessageAsync(Activity activity, string? statusCallback, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var publicBase = Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var b) ? b : null;
        var (fields, problem) = WhatsAppMapper.ToMessageFields(activity, o.WhatsAppFrom, statusCallback, publicBase);
        return fields is null ? TwilioSendOutcome.NotSent(problem!) : await client.CreateMessageAsync(fields, cancellationToken);
    }
}
