using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// The WhatsApp channel as the outbox sees it: before each send, the 24-hour window and the flow's templates
/// decide what goes (<see cref="WhatsAppOutboundPolicy"/>); then the adapter makes the one Create Message call,
/// with a status callback naming the outbox row. A refusal records Twilio's error code on the row and tells
/// the agents in the transcript. Nothing is written after Twilio accepts: the outbox's one record write is
/// the only step between Twilio's acceptance and our knowing of it.
/// </summary>
public sealed class WhatsAppSender(WhatsAppAdapter adapter, WhatsAppWindows windows, WhatsAppMediaStore media, StoreFactory stores, WhatsAppNotes notes,
    TimeProvider clock, ILogger<WhatsAppSender> logger) : IChannelAdapter
{
    public const string StatusPath = "/api/channels/whatsapp/status";

    public string ChannelId => adapter.ChannelId;

    public double MaxMessagesPerSecond => adapter.MaxMessagesPerSecond;

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outboxId = Guid.TryParse(activity.Id, out var id) ? id : (Guid?)null;
        WhatsAppOutboundPlan plan;
        string? conversationId;
        await using (var db = stores.Create())
        {
            conversationId = outboxId is null ? null
                : await db.Outbox.AsNoTracking().Where(m => m.Id == outboxId).Select(m => m.ConversationId).FirstOrDefaultAsync(cancellationToken);
            var conversation = conversationId is null ? null
                : await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            var address = conversation?.CustomerAddress ?? activity.Recipient?.Id ?? "";
            var window = await WhatsAppWindows.ForAddressAsync(db, address, clock.GetUtcNow(), cancellationToken);
            plan = WhatsAppOutboundPolicy.Decide(activity, window, await windows.TemplatesAsync(conversation, cancellationToken));
        }

        if (plan.Send is null)
        {
            logger.LogWarning("WhatsApp message {Id} not sent: {Problem}", activity.Id, plan.Problem);
            await RecordRefusalAsync(outboxId, conversationId, plan.ErrorCode, plan.Problem!, cancellationToken);
            return SendResult.Refused(plan.Problem!);
        }

        // Inline files (a quote PDF) are kept and offered to Twilio by URL; only then is Twilio called.
        var send = WhatsAppMapper.Template(plan.Send) is null ? await media.PublishAsync(plan.Send, cancellationToken) : plan.Send;
        var outcome = await adapter.SendMessageAsync(send, StatusCallbackUrl(adapter.Options, outboxId), cancellationToken);
        if (!outcome.Accepted && !outcome.Retryable)
        {
            var problem = outcome.HttpStatus == 0 ? outcome.ErrorMessage! : TwilioErrors.Describe(outcome.ErrorCode, outcome.Describe());
            await RecordRefusalAsync(outboxId, conversationId, outcome.ErrorCode, problem, cancellationToken);
            return SendResult.Refused(problem);
        }

        return outcome.ToSendResult();
    }

    /// <summary>Where Twilio reports this message's statuses; none without a public base URL (we would not know our own address).</summary>
    public static string? StatusCallbackUrl(TwilioOptions options, Guid? outboxId)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return null;
        }

        var url = options.PublicBaseUrl.TrimEnd('/') + StatusPath;
        return outboxId is { } id ? $"{url}?m={id:N}" : url;
    }

    /// <summary>The error code on the row (the outbox then marks it failed with the explanation) and a line for the agents.</summary>
    private async Task RecordRefusalAsync(Guid? outboxId, string? conversationId, string? code, string problem, CancellationToken cancellationToken)
    {
        if (outboxId is { } id && code is not null)
        {
            await using var db = stores.Create();
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ErrorCode, code), cancellationToken);
        }

        if (conversationId is not null)
        {
            await notes.AddAsync(conversationId, WhatsAppNotes.FailedEvent, problem, cancellationToken);
        }
    }
}
