using System.Globalization;
using System.Text.Json.Nodes;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WebChat;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// What happens to a customer's posted activity: the echo is logged (keeping channelData.clientActivityID,
/// adding id and timestamp) and pushed, then a message runs through the one turn pipeline with the echo's
/// id as provider message id. A client retry (same clientActivityID) finds the first echo and its claim.
/// </summary>
public sealed class DirectLineInbox(
    EfDirectLineStore store,
    DirectLineStreams streams,
    TurnPipeline pipeline,
    StoreFactory stores,
    TimeProvider clock,
    IHostApplicationLifetime lifetime)
{
    /// <returns>The activity id the client gets back.</returns>
    public async Task<string> AcceptAsync(DirectLineConversationInfo conversation, DirectLineInbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Type == ActivityTypes.Typing)
        {
            return $"typing-{Guid.NewGuid():N}"; // the bot has no use for the customer's typing; nothing is logged
        }

        var isMessage = inbound.Type == ActivityTypes.Message;
        var echo = DirectLineWire.Echo(inbound.Activity!, conversation.Id, conversation.UserId, conversation.UserName);
        var (stored, appended) = await store.AppendAsync(conversation.Id, null, inbound.ClientActivityId, echo, pending: isMessage, cancellationToken);
        if (appended)
        {
            streams.Publish(conversation.Id, new DirectLineStreamItem(stored.Sequence, stored.Json));
            if (isMessage && await BotHoldsAsync(conversation.UserId, cancellationToken))
            {
                streams.Publish(conversation.Id, new DirectLineStreamItem(0, DirectLineWire.Typing(conversation.Id, conversation.UserId, clock.GetUtcNow())));
            }
        }

        if (isMessage)
        {
            // Once echoed, the turn runs to its commit even if the client hangs up: the customer already sees the message as sent.
            await RunTurnAsync(stored, lifetime.ApplicationStopping);
        }

        return stored.Id;
    }

    /// <summary>Runs (or, after a crash, re-runs) the turn of a logged customer message; the inbound claim makes it once.</summary>
    public async Task RunTurnAsync(DirectLineStoredActivity stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var echo = (JsonObject)JsonNode.Parse(stored.Json)!;
        var timestamp = DateTimeOffset.Parse(DirectLineWire.StringOf(echo, "timestamp")!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        await pipeline.ProcessAsync(DirectLineWire.ToActivity(echo, stored.Id, timestamp), cancellationToken);
        await store.MarkDoneAsync(stored.ConversationId, stored.Sequence, cancellationToken);
    }

    /// <summary>"Typing…" stands for the bot: not shown while an agent holds (or is offered) the conversation.</summary>
    private async Task<bool> BotHoldsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        var holder = await db.Conversations.AsNoTracking()
            .Where(c => c.Channel == DirectLineWire.ChannelId && c.CustomerAddress == userId && c.ClosedAt == null)
            .OrderByDescending(c => c.StartedAt)
            .Select(c => (ConversationHolder?)c.Holder)
            .FirstOrDefaultAsync(cancellationToken);
        return holder is null or ConversationHolder.Bot;
    }
}
