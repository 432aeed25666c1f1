using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Handoff;

/// <summary>
/// Everything an agent does to a conversation — accept, decline, say, sell, close — in one service that
/// the console, the API and the scenario runner all call. Each action runs under the conversation's
/// lock, in one transaction, and a stale writer (another node, a racing agent) gets a conflict.
/// </summary>
public sealed class AgentActions(
    StoreFactory stores,
    ConversationLocks locks,
    ITurnHandler handler,
    TimeProvider clock,
    RoutingSettings routing,
    OutboxSignal outboxSignal,
    ConversationEvents events)
{
    public Task<AgentActionResult> AcceptAsync(string conversationId, string agentId, CancellationToken cancellationToken) =>
        RunAsync(conversationId, agentId, async (turn, agent) =>
        {
            var c = turn.Conversation;
            var offeredToMe = c.Holder == ConversationHolder.Offered && c.HolderAgentId == agent.Id;
            var queuedForMyTeam = c.Holder == ConversationHolder.Queued && c.HolderTeam == agent.Team.ToWire() && c.ExcludedAgentId != agent.Id;
            if (!offeredToMe && !queuedForMyTeam)
            {
                return AgentActionResult.Conflict(
                    $"Conversation {c.Id} is {HandoffTransitions.Describe(c.Holder, c.HolderAgentId, c.HolderTeam)}; {agent.Id} cannot accept it.");
            }

            // The cap on simultaneous conversations: an offer was made within it; taking from the queue must be too.
            var cap = Math.Min(routing.Parameters.MaxConcurrentConversations, agent.MaxConcurrentConversations);
            if (queuedForMyTeam && await AgentLoads.OfAsync(turn.Db, agent.Id, cancellationToken) >= cap)
            {
                return AgentActionResult.Conflict($"{agent.Id} already holds {cap} conversations (maxConcurrentConversations); close one before taking another.");
            }

            HandoffTransitions.Move(turn.Db, c, ConversationHolder.Agent, agent.Id, agent.Team.ToWire(), agent.Id, "accepted", turn.Now);
            turn.Emit("handoff", new { state = "accepted", agent = agent.Id });
            return null;
        }, cancellationToken);

    /// <summary>Refusing an offer falls back exactly as a timeout does (R6).</summary>
    public Task<AgentActionResult> DeclineAsync(string conversationId, string agentId, CancellationToken cancellationToken) =>
        RunAsync(conversationId, agentId, (turn, agent) =>
        {
            var c = turn.Conversation;
            if (c.Holder != ConversationHolder.Offered || c.HolderAgentId != agent.Id)
            {
                return Task.FromResult<AgentActionResult?>(AgentActionResult.Conflict($"Conversation {c.Id} is not offered to {agent.Id}."));
            }

            OfferFallback.Apply(turn.Db, c, agent.Id, "declined", turn.Now);
            turn.Emit("handoff", new { state = "declined", agent = agent.Id });
            return Task.FromResult<AgentActionResult?>(null);
        }, cancellationToken);

    public Task<AgentActionResult> SayAsync(string conversationId, string agentId, string text, CancellationToken cancellationToken) =>
        SayAsync(conversationId, agentId, text, templatePurpose: null, cancellationToken);

    /// <summary>
    /// Sends the agent's message on the customer's channel. With a template purpose (WhatsApp outside the 24-hour
    /// window) the message goes as that flow template, <paramref name="text"/> being its variable 1.
    /// </summary>
    public Task<AgentActionResult> SayAsync(string conversationId, string agentId, string? text, string? templatePurpose, CancellationToken cancellationToken) =>
        RunAsync(conversationId, agentId, (turn, agent) =>
        {
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(templatePurpose))
            {
                return Task.FromResult<AgentActionResult?>(new AgentActionResult(false, 400, "The message is empty.", []));
            }

            if (!HeldBy(turn.Conversation, agent))
            {
                return Task.FromResult<AgentActionResult?>(AgentActionResult.Conflict($"{agent.Id} does not hold conversation {turn.Conversation.Id}."));
            }

            var message = ConversationWriter.Outbound(turn.Conversation, new ChannelAccount(agent.Id, agent.Name, "agent"), text, turn.Now);
            if (!string.IsNullOrWhiteSpace(templatePurpose))
            {
                var data = new Dictionary<string, object> { [WhatsAppChannelData.TemplatePurpose] = templatePurpose };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    data[WhatsAppChannelData.ContentVariables] = new Dictionary<string, string> { ["1"] = text };
                }

                message = message with { ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(data) };
            }

            turn.Replies.Add(message);
            return Task.FromResult<AgentActionResult?>(null);
        }, cancellationToken);

    /// <summary>Closes a sale: R14 chooses the commission, R10 removes the product's schedules.</summary>
    public Task<AgentActionResult> SellAsync(string conversationId, string agentId, string productCode, decimal quantity, CancellationToken cancellationToken) =>
        RunAsync(conversationId, agentId, async (turn, agent) =>
        {
            var c = turn.Conversation;
            if (!HeldBy(c, agent))
            {
                return AgentActionResult.Conflict($"{agent.Id} does not hold conversation {c.Id}.");
            }

            if (turn.Customer is null)
            {
                return AgentActionResult.Conflict("The customer is not identified; confirm the record before selling.");
            }

            var product = await turn.Db.Products.FirstOrDefaultAsync(p => p.Code == productCode, cancellationToken);
            if (product is null || quantity <= 0)
            {
                return new AgentActionResult(false, 400, $"Unknown product '{productCode}' or bad quantity {quantity}.", []);
            }

            var record = turn.Customer;
            var owner = record.Customer.OwnerAgentId is { } ownerId ? await turn.Db.Agents.FirstOrDefaultAsync(a => a.Id == ownerId, cancellationToken) : null;
            var commission = R14AbsentOwner.Commission(agent.Id, product.Code, owner, record.Schedules);
            var sale = new Sale
            {
                Id = Guid.NewGuid(),
                CustomerId = record.Customer.Id,
                ConversationId = c.Id,
                ProductCode = product.Code,
                Quantity = quantity,
                Amount = decimal.Round(product.UnitPrice * quantity, 2),
                ClosedBy = agent.Id,
                CommissionBeneficiary = commission.Beneficiary,
                CommissionRule = commission.RuleId,
                At = turn.Now,
            };
            turn.Db.Sales.Add(sale);
            turn.Emit("sale", sale);
            turn.Emit("commission", commission);
            foreach (var removed in R10SaleClosesSchedule.Apply(record.Schedules, product.Code, agent.Id, turn.Now))
            {
                turn.Emit("schedule-removed", new { removed.Id, removed.RemovedBy });
            }

            await turn.UpdateInteractionAsync(Domain.Customers.InteractionReason.Sale, cancellationToken);
            ConversationWriter.Event(turn.Db, c, "sale", $"Venda: {quantity} × {product.Name}; comissão {commission.Beneficiary} ({commission.RuleId}: {commission.Why})", agent.Id, turn.Now);
            return null;
        }, cancellationToken);

    /// <summary>Ends the handoff: the conversation returns to the bot, which resumes its flow.</summary>
    public Task<AgentActionResult> CloseAsync(string conversationId, string agentId, CancellationToken cancellationToken) =>
        RunAsync(conversationId, agentId, async (turn, agent) =>
        {
            var c = turn.Conversation;
            if (!HeldBy(c, agent))
            {
                return AgentActionResult.Conflict($"{agent.Id} does not hold conversation {c.Id}.");
            }

            HandoffTransitions.Move(turn.Db, c, ConversationHolder.Bot, null, null, agent.Id, "closed by agent", turn.Now);
            turn.Emit("handoff", new { state = "completed", agent = agent.Id });
            await handler.ResumeAfterHandoffAsync(turn, cancellationToken);
            return null;
        }, cancellationToken);

    private static bool HeldBy(Conversation conversation, Agent agent) =>
        conversation.Holder == ConversationHolder.Agent && conversation.HolderAgentId == agent.Id;

    /// <summary>
    /// Runs <paramref name="action"/> as an agent's action on the conversation: under its lock, in one transaction with
    /// the customer loaded, replies written to the outbox at commit. The action returns null to commit, or a refusal.
    /// </summary>
    public async Task<AgentActionResult> RunAsync(string conversationId, string agentId,
        Func<TurnContext, Agent, Task<AgentActionResult?>> action, CancellationToken cancellationToken)
    {
        Conversation? located;
        await using (var probe = stores.Create())
        {
            located = await probe.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        }

        if (located is null)
        {
            return AgentActionResult.NotFound($"Conversation {conversationId} does not exist.");
        }

        using var _ = await locks.AcquireAsync(TurnPipeline.LockKey(located.Channel, located.CustomerAddress), cancellationToken);
        await using var db = stores.Create();
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken);
        if (agent is null || !agent.Active)
        {
            return AgentActionResult.Forbidden($"Agent {agentId} does not exist or is deactivated.");
        }

        var conversation = await db.Conversations.FirstAsync(c => c.Id == conversationId, cancellationToken);
        if (!conversation.IsOpen)
        {
            return AgentActionResult.Conflict($"Conversation {conversationId} has ended.");
        }

        var now = clock.GetUtcNow();
        var turn = new TurnContext(db, conversation, null, now, routing);
        await turn.LoadKnownCustomerAsync(cancellationToken);
        var refused = await action(turn, agent);
        if (refused is not null)
        {
            return refused;
        }

        foreach (var reply in turn.Replies)
        {
            ConversationWriter.Send(db, conversation, reply, reply.From.Id, null, now);
        }

        conversation.LastActivityAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AgentActionResult.Conflict($"Conversation {conversationId} changed meanwhile (another agent or node); reload and retry.");
        }

        outboxSignal.Notify();
        events.Publish(new ConversationChanged(conversation.Id, conversation.Channel, conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam, null, turn.Replies.Count));
        return AgentActionResult.Done(turn.Events);
    }
}
