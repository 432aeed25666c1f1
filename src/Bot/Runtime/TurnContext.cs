using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Runtime;

/// <summary>
/// One turn's unit of work: the store (one transaction), the conversation, what the customer sent,
/// and everything the turn decides. Replies are queued here and written as outbox rows at commit.
/// </summary>
public sealed class TurnContext(ContactCentreDbContext db, Conversation conversation, Activity? inbound, DateTimeOffset now, RoutingSettings routing)
{
    public static readonly ChannelAccount BotAccount = new("bot", "Assistente", "bot");

    public ContactCentreDbContext Db { get; } = db;
    public Conversation Conversation { get; } = conversation;

    /// <summary>The customer's activity; null when the turn is an agent action or a resume.</summary>
    public Activity? Inbound { get; } = inbound;

    public DateTimeOffset Now { get; } = now;
    public RoutingSettings Routing { get; } = routing;
    public BusinessCalendar Calendar { get; } = routing.CalendarAt(now);

    /// <summary>Records the contact matched (R3); more than one is R4's case.</summary>
    public IReadOnlyList<CustomerRecord> Matches { get; private set; } = [];

    public CustomerRecord? Customer => Matches.Count == 1 ? Matches[0] : null;
    public List<Activity> Replies { get; } = [];
    public List<RoutingDecision> Decisions { get; } = [];
    public List<TurnEvent> Events { get; } = [];

    public void Reply(string text, IReadOnlyList<CardAction>? actions = null, IReadOnlyList<Attachment>? attachments = null) =>
        Replies.Add(ConversationWriter.Outbound(Conversation, BotAccount, text, Now, actions, attachments, Inbound?.Id));

    public void Emit(string kind, object data) => Events.Add(new TurnEvent(kind, data));

    /// <summary>R3: finds the records holding these contact points and remembers a single match on the conversation.</summary>
    public async Task<IReadOnlyList<CustomerRecord>> IdentifyAsync(IReadOnlyCollection<ContactPoint> points, CancellationToken cancellationToken)
    {
        var found = await CustomerLookup.FindAsync(Db, points, cancellationToken);
        if (found.Count > 0)
        {
            Matches = found;
            Conversation.CustomerId = found.Count == 1 ? found[0].Customer.Id : null;
        }

        return found;
    }

    /// <summary>Takes a record created in this turn (not yet in the store) as the identified customer.</summary>
    public void Adopt(CustomerRecord record)
    {
        Matches = [record];
        Conversation.CustomerId = record.Customer.Id;
    }

    /// <summary>Reloads the conversation's known customer (a later turn of an identified conversation).</summary>
    public async Task LoadKnownCustomerAsync(CancellationToken cancellationToken)
    {
        if (Conversation.CustomerId is { } id && await CustomerLookup.LoadAsync(Db, id, cancellationToken) is { } record)
        {
            Matches = [record];
        }
    }

    /// <summary>Runs the routing policy, stores the explained decision, and moves the conversation to whoever it names.</summary>
    public async Task<RoutingDecision> RouteAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        var agents = await Db.Agents.AsNoTracking().ToListAsync(cancellationToken);
        var loads = await AgentLoads.ReadAsync(Db, cancellationToken);
        var decision = RoutingPolicy.Decide(request, new RoutingContext(Matches, agents, Routing.Parameters, Calendar, Now, loads));
        Decisions.Add(decision);
        Db.Decisions.Add(new StoredDecision
        {
            Id = Guid.NewGuid(),
            ConversationId = Conversation.Id,
            CustomerId = Customer?.Customer.Id,
            Request = request.Kind.ToString(),
            Target = decision.Target.ToString(),
            Reason = decision.Reason,
            RuleIds = string.Join(",", decision.RuleIds),
            FactsJson = JsonSerializer.Serialize(decision.Facts),
            Explanation = decision.Explanation,
            At = decision.At,
        });
        Emit("decision", decision);
        await UpdateInteractionAsync(decision.InteractionReason, cancellationToken);
        HandoffTransitions.Apply(Db, Conversation, decision, Now);
        return decision;
    }

    /// <summary>R1: keeps the conversation's interaction current with the latest reason.</summary>
    public async Task UpdateInteractionAsync(InteractionReason reason, CancellationToken cancellationToken)
    {
        if (Conversation.InteractionId is not { } id)
        {
            return;
        }

        // FindAsync also sees the interaction this same turn added (R1's first turn), not yet saved.
        var interaction = await Db.Interactions.FindAsync([id], cancellationToken);
        if (interaction is not null)
        {
            interaction.Update(R01LogEveryContact.Merge(interaction.Reason, reason), interaction.Summary, Conversation.HolderAgentId ?? "bot", Now);
        }
    }
}
