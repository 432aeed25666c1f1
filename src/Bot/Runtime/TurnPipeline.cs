using System.Collections.Concurrent;
using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Routing.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Runtime;

/// <summary>
/// The one message path for every channel: per-conversation ordering, the inbound claim, identification
/// (R3) and R1's interaction, the bot (or relay to the agent), and one transaction holding all of it
/// with the replies as outbox rows. The caller acknowledges the provider only after this returns.
/// </summary>
public sealed class TurnPipeline(
    StoreFactory stores,
    ConversationLocks locks,
    IConversationTurnLock clusterLock,
    ITurnHandler handler,
    TimeProvider clock,
    RoutingSettings routing,
    IOptions<ConversationOptions> options,
    OutboxSignal outboxSignal,
    ConversationEvents events,
    CrashPoints crashPoints,
    TurnCommitter committer)
{
    // The two queries every turn runs, compiled once per store model (SQLite and PostgreSQL contexts have different
    // models, and a compiled query refuses any model but its own): EF otherwise hashes the expression tree each time.
    private static readonly ConcurrentDictionary<Type, Func<ContactCentreDbContext, string, string, CancellationToken, Task<string?>>> ClaimedByQueries = new();
    private static readonly ConcurrentDictionary<Type, Func<ContactCentreDbContext, string, string, bool, string?, CancellationToken, Task<Conversation?>>> OpenConversationQueries = new();

    private static Task<string?> ClaimedBy(ContactCentreDbContext db, string channel, string providerId, CancellationToken cancellationToken) =>
        ClaimedByQueries.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery((ContactCentreDbContext db, string channel, string providerId, CancellationToken _) =>
            db.InboundClaims.AsNoTracking()
                .Where(c => c.Channel == channel && c.ProviderMessageId == providerId)
                .Select(c => c.ConversationId)
                .FirstOrDefault()))(db, channel, providerId, cancellationToken);

    private static Task<Conversation?> OpenConversation(ContactCentreDbContext db, string channel, string address, bool perThread, string? thread, CancellationToken cancellationToken) =>
        OpenConversationQueries.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery((ContactCentreDbContext db, string channel, string address, bool perThread, string? thread, CancellationToken _) =>
            db.Conversations
                .Where(c => c.Channel == channel && c.CustomerAddress == address && c.ClosedAt == null)
                .Where(c => !perThread || c.ChannelConversationId == thread)
                .OrderByDescending(c => c.StartedAt)
                .FirstOrDefault()))(db, channel, address, perThread, thread, cancellationToken);

    public static string LockKey(string channel, string address) => $"{channel}|{address}";

    public async Task<TurnResult> ProcessAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (string.IsNullOrEmpty(inbound.Id))
        {
            throw new ArgumentException("An inbound activity needs the provider's message id for its claim.", nameof(inbound));
        }

        var key = LockKey(inbound.ChannelId, inbound.From.Id);
        using var _ = await locks.AcquireAsync(key, cancellationToken);
        await using var db = stores.Create();
        // Across nodes (PostgreSQL): held until this turn's transaction ends, so another node's turn of the
        // conversation reads what this one committed.
        await clusterLock.EnterAsync(db, key, cancellationToken);

        // Cheap early answer for retries; the claim's unique key at commit is the real guard (other nodes).
        var claimed = await ClaimedBy(db, inbound.ChannelId, inbound.Id, cancellationToken);
        if (claimed is not null)
        {
            return TurnResult.Duplicate(claimed);
        }

        var now = clock.GetUtcNow();
        var conversation = await OpenConversationAsync(db, inbound, now, cancellationToken);
        db.InboundClaims.Add(new InboundClaim { Channel = inbound.ChannelId, ProviderMessageId = inbound.Id, ConversationId = conversation.Id, ReceivedAt = now });
        var received = inbound with { Timestamp = inbound.Timestamp == default ? now : inbound.Timestamp };
        ConversationWriter.AppendTranscript(db, conversation, TranscriptKind.Inbound, "customer", received, now);
        conversation.LastActivityAt = now;
        conversation.LastInboundAt = now;

        var turn = new TurnContext(db, conversation, received, now, routing);
        await IdentifyAsync(turn, cancellationToken);

        if (conversation.Holder == ConversationHolder.Bot)
        {
            await handler.HandleAsync(turn, cancellationToken);
        }

        // While an agent holds (or is offered) the conversation the bot is silent: the message is only relayed.
        foreach (var reply in ChannelConventions.OutgoingReplies(conversation.Channel, turn.Replies))
        {
            ConversationWriter.Send(db, conversation, reply, "bot", inbound.Id, now);
        }

        crashPoints.Hit(CrashPoints.BeforeCommit);
        try
        {
            await committer.CommitAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A duplicate claim at commit means another copy (a retry, another node) won: nothing else to do.
            if (await IsClaimedAsync(inbound, cancellationToken))
            {
                return TurnResult.Duplicate(conversation.Id);
            }

            throw;
        }

        crashPoints.Hit(CrashPoints.AfterCommit);
        outboxSignal.Notify();
        events.Publish(new ConversationChanged(conversation.Id, conversation.Channel, conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam, received.Text, turn.Replies.Count));
        return new TurnResult(TurnOutcome.Processed, conversation.Id, turn.Replies) { Events = turn.Events, Decisions = turn.Decisions };
    }

    private async Task<bool> IsClaimedAsync(Activity inbound, CancellationToken cancellationToken)
    {
        await using var db = stores.Create();
        return await db.InboundClaims.AnyAsync(c => c.Channel == inbound.ChannelId && c.ProviderMessageId == inbound.Id, cancellationToken);
    }

    /// <summary>The customer's open conversation on this channel, or a new one (the old one ends after IdleMinutes).</summary>
    private async Task<Conversation> OpenConversationAsync(ContactCentreDbContext db, Activity inbound, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var perThread = ChannelConventions.ConversationPerThread(inbound.ChannelId);
        var open = await OpenConversation(db, inbound.ChannelId, inbound.From.Id, perThread, inbound.Conversation.Id, cancellationToken);
        var idle = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        if (open is not null && now - open.LastActivityAt < idle)
        {
            return open;
        }

        if (open is not null)
        {
            ConversationLifecycle.EndIdle(db, open, now);
        }

        var conversation = new Conversation
        {
            Id = Guid.NewGuid().ToString("N"),
            Channel = inbound.ChannelId,
            CustomerAddress = inbound.From.Id,
            ChannelConversationId = inbound.Conversation.Id,
            StartedAt = now,
            LastActivityAt = now,
            Language = inbound.Locale ?? "pt-BR",
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    /// <summary>R3 from the channel address on the first turn, then R1's interaction once a record is known.</summary>
    private static async Task IdentifyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Conversation;
        if (conversation.CustomerId is not null)
        {
            await turn.LoadKnownCustomerAsync(cancellationToken);
        }
        else if (conversation.TranscriptCount == 1)
        {
            await turn.IdentifyAsync(R03Identification.ContactPointsIn(conversation.CustomerAddress, null), cancellationToken);
        }

        if (conversation.CustomerId is null && ChannelConventions.VouchedContact(turn.Inbound) is { } vouched)
        {
            await turn.IdentifyAsync([vouched], cancellationToken);
        }

        EnsureInteraction(turn);
    }

    /// <summary>R1: the interaction is written at the first turn the customer is known, with the live transcript's link.</summary>
    public static void EnsureInteraction(TurnContext turn)
    {
        var conversation = turn.Conversation;
        if (conversation.InteractionId is not null || turn.Customer is null)
        {
            return;
        }

        var interaction = R01LogEveryContact.Start(Guid.NewGuid(), turn.Customer.Customer.Id, conversation.Id, conversation.Channel,
            $"/agent/conversations/{conversation.Id}", turn.Now);
        turn.Db.Interactions.Add(interaction);
        conversation.InteractionId = interaction.Id;
        turn.Emit("interaction", new { interaction.Id, interaction.CustomerId, interaction.Channel });
    }
}
