using System.Text.Json;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Email;

/// <summary>
/// The mail an outbound e-mail answers, from the conversation's transcript: the inbound line it replies
/// to (or the latest one), whose channel data kept the headers, subject and text to quote.
/// </summary>
public sealed class EmailReplyContextStore(StoreFactory stores) : IEmailReplyContextSource
{
    private const string Channel = EmailInboundMapper.Channel;

    public async Task<EmailReplyContext?> FindAsync(Activity outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        await using var db = stores.Create();
        var conversation = outbound.ReplyToId is { } replyTo
            ? await db.InboundClaims.AsNoTracking()
                .Where(c => c.Channel == Channel && c.ProviderMessageId == EmailThreadKeys.Key(replyTo))
                .Join(db.Conversations, c => c.ConversationId, v => v.Id, (_, v) => v)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        conversation ??= await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == Channel && c.ChannelConversationId == outbound.Conversation.Id && c.CustomerAddress == outbound.Recipient!.Id)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var lines = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversation.Id && t.Kind == TranscriptKind.Inbound)
            .OrderByDescending(t => t.Sequence)
            .Select(t => t.ActivityJson)
            .Take(50)
            .ToListAsync(cancellationToken);
        var inbound = lines.Select(ActivityJson.Deserialize).ToList();
        var answered = inbound.FirstOrDefault(a => a.Id == outbound.ReplyToId) ?? inbound.FirstOrDefault();
        var data = answered?.ChannelData is { ValueKind: JsonValueKind.Object } json ? json.Deserialize<EmailChannelData>(JsonSerializerOptions.Web) : null;
        var references = data is null ? [] : data.References.ToList();
        if (data?.MessageId is { } parent)
        {
            references.Add(parent);
        }

        return new EmailReplyContext
        {
            ParentMessageId = data?.MessageId,
            References = references,
            Subject = data?.Subject,
            Token = EmailThreadKeys.Token(conversation.Id),
            Language = conversation.Language,
            CustomerName = answered?.From.Name,
            QuotedFrom = answered?.From.Name is { } name ? $"{name} <{conversation.CustomerAddress}>" : conversation.CustomerAddress,
            QuotedAt = data?.Date ?? answered?.Timestamp,
            QuotedText = answered?.Text,
        };
    }
}
