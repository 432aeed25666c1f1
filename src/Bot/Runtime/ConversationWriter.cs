using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.Abstractions;

namespace ContactCentre.Bot.Runtime;

/// <summary>Appends transcript lines and outbox rows to the unit of work; callers hold the conversation's lock.</summary>
public static class ConversationWriter
{
    public static TranscriptEntry AppendTranscript(ContactCentreDbContext db, Conversation conversation, TranscriptKind kind, string sender, Activity activity, DateTimeOffset now)
    {
        var entry = new TranscriptEntry
        {
            Id = Guid.NewGuid(),
            ConversationId = conversation.Id,
            Sequence = ++conversation.TranscriptCount,
            Kind = kind,
            Sender = sender,
            Text = activity.Text,
            ActivityJson = ActivityJson.Serialize(activity),
            At = now,
        };
        db.Transcript.Add(entry);
        return entry;
    }

    /// <summary>Builds an outbound message activity from <paramref name="sender"/> to the conversation's customer.</summary>
    public static Activity Outbound(Conversation conversation, ChannelAccount sender, string? text, DateTimeOffset now,
        IReadOnlyList<CardAction>? actions = null, IReadOnlyList<Attachment>? attachments = null, string? replyToId = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Type = ActivityTypes.Message,
        Timestamp = now,
        From = sender,
        Recipient = new ChannelAccount(conversation.CustomerAddress, Role: "user"),
        Conversation = new ConversationAccount(conversation.ChannelConversationId ?? conversation.Id),
        ChannelId = conversation.Channel,
        Text = text,
        Locale = conversation.Language,
        SuggestedActions = actions is { Count: > 0 } ? new SuggestedActions(actions) : null,
        Attachments = attachments ?? [],
        ReplyToId = replyToId,
    };

    /// <summary>Records an outbound activity in the transcript and queues it for the channel, in the same transaction.</summary>
    public static OutboxMessage Send(ContactCentreDbContext db, Conversation conversation, Activity activity, string sender, string? replyToProviderId, DateTimeOffset now)
    {
        var line = AppendTranscript(db, conversation, TranscriptKind.Outbound, sender, activity, now);

        // Replies of one turn share "now"; the transcript position, in microseconds (PostgreSQL's
        // precision), keeps them in order for the outbox sender, which sends a conversation in CreatedAt order.
        var createdAt = now.AddTicks(line.Sequence * TimeSpan.TicksPerMicrosecond);
        var message = new OutboxMessage
        {
            Id = Guid.Parse(activity.Id!),
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Recipient = conversation.CustomerAddress,
            ActivityJson = ActivityJson.Serialize(activity),
            ReplyToProviderId = replyToProviderId,
            CreatedAt = createdAt,
            NextAttemptAt = now,
        };
        db.Outbox.Add(message);
        conversation.LastActivityAt = now;
        return message;
    }

    /// <summary>A lifecycle or routing event in the transcript (handoff offered, accepted, closed…).</summary>
    public static void Event(ContactCentreDbContext db, Conversation conversation, string name, string text, string actor, DateTimeOffset now)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = name,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = now,
            From = new ChannelAccount(actor, Role: actor == "bot" || actor == "system" ? "bot" : "agent"),
            Conversation = new ConversationAccount(conversation.Id),
            ChannelId = conversation.Channel,
            Text = text,
        };
        AppendTranscript(db, conversation, TranscriptKind.Event, actor, activity, now);
    }
}
