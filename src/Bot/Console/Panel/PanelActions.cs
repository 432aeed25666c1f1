using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Email;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Email;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// The panel's quick actions on a conversation: sale (R14 commission, R10), quote in the customer's channel, transfer
/// to an agent (an offer) or a team (its queue), internal notes. Each runs as an agent action (<see cref="AgentActions.RunAsync"/>):
/// under the conversation's lock, one transaction, handoff moves logged with who and when.
/// </summary>
public sealed class PanelActions(AgentActions actions, IOptions<EmailOptions> email)
{
    public async Task<PanelResult<SaleOutcome>> SellAsync(string conversationId, string agentId, string? productCode, decimal quantity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(productCode) || quantity <= 0 || quantity != decimal.Truncate(quantity))
        {
            return PanelResult<SaleOutcome>.Fail(400, "Informe o produto e uma quantidade inteira maior que zero.", "quantity");
        }

        var result = await actions.SellAsync(conversationId, agentId, productCode, quantity, cancellationToken);
        if (!result.Ok)
        {
            return PanelResult<SaleOutcome>.Fail(result.Status, result.Problem!);
        }

        var sale = result.Events.Select(e => e.Data).OfType<Sale>().Single();
        var commission = result.Events.Select(e => e.Data).OfType<CommissionDecision>().Single();
        // R10's removals are emitted as { Id, RemovedBy }: read the id the way the scenario runner does, through JSON.
        var removed = result.Events.Where(e => e.Kind == "schedule-removed")
            .Select(e => System.Text.Json.JsonSerializer.SerializeToElement(e.Data, e.Data.GetType()).GetProperty("Id").GetString())
            .OfType<string>().ToList();
        return PanelResult<SaleOutcome>.Done(new SaleOutcome(
            new SaleView(sale.Id, sale.ProductCode, sale.Quantity, sale.Amount, sale.ClosedBy, sale.CommissionBeneficiary, sale.CommissionRule, sale.At),
            Domain.Billing.Money.Format(sale.Amount, "pt-BR"),
            new CommissionView(commission.Beneficiary, commission.RuleId, commission.Why),
            removed), 201);
    }

    /// <summary>Prices the items from the price list, stores the quote, and sends it in the customer's channel (e-mail: HTML + PDF).</summary>
    public async Task<PanelResult<QuoteOutcome>> QuoteAsync(string conversationId, string agentId, IReadOnlyList<QuoteItemInput>? items, CancellationToken cancellationToken)
    {
        if (items is not { Count: > 0 } || items.Any(i => string.IsNullOrWhiteSpace(i.ProductCode) || i.Quantity <= 0))
        {
            return PanelResult<QuoteOutcome>.Fail(400, "O orçamento precisa de ao menos um item, cada um com produto e quantidade maior que zero.", "items");
        }

        QuoteOutcome? outcome = null;
        var result = await actions.RunAsync(conversationId, agentId, async (turn, agent) =>
        {
            if (Refusal(turn.Conversation, agent) is { } refused)
            {
                return refused;
            }

            var prices = new PriceList(await turn.Db.Products.AsNoTracking().ToListAsync(cancellationToken));
            Quote quote;
            try
            {
                quote = prices.Quote(items.Select(i => (i.ProductCode!, i.Quantity)), turn.Now, Guid.NewGuid(), turn.Customer?.Customer.Id, turn.Conversation.Id);
            }
            catch (ArgumentException e)
            {
                return new AgentActionResult(false, 400, e.Message.Split(" (Parameter", 2)[0], []);
            }

            turn.Db.Quotes.Add(quote);
            var text = PanelQuoteText.Render(quote, turn.Conversation.Language);
            var sender = new ChannelAccount(agent.Id, agent.Name, "agent");
            var message = turn.Conversation.Channel == EmailInboundMapper.Channel
                ? QuoteMail.Build(turn, quote, turn.Conversation.CustomerAddress, text, email.Value) with { From = sender }
                : ConversationWriter.Outbound(turn.Conversation, sender, text, turn.Now);
            turn.Replies.Add(message);
            if (turn.Conversation.Channel == EmailInboundMapper.Channel)
            {
                quote.SentByEmailTo = turn.Conversation.CustomerAddress;
            }

            ConversationWriter.Event(turn.Db, turn.Conversation, "quote", $"Orçamento {quote.Id:N} enviado por {agent.Name}: total {Domain.Billing.Money.Format(quote.Total, "pt-BR")}", agent.Id, turn.Now);
            outcome = new QuoteOutcome(quote.Id, [.. quote.Lines.Select(l => new QuoteLineView(l.ProductCode, l.ProductName, l.Unit, l.Quantity, l.UnitPrice, l.Total))],
                quote.Total, Domain.Billing.Money.Format(quote.Total, "pt-BR"), turn.Conversation.Channel, text);
            return null;
        }, cancellationToken);
        return result.Ok ? PanelResult<QuoteOutcome>.Done(outcome!, 201) : PanelResult<QuoteOutcome>.Fail(result.Status, result.Problem!);
    }

    /// <summary>
    /// Hands the conversation on: to an agent as an offer (they accept or it falls back to their team after the offer
    /// timeout), or to a team's queue. Only the agent holding it may transfer; the target must be free (status and cap).
    /// </summary>
    public async Task<PanelResult<TransferOutcome>> TransferAsync(string conversationId, string agentId, string? toAgentId, string? toTeam, string? reason,
        TimeSpan offerTimeout, int cap, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(toAgentId) == string.IsNullOrWhiteSpace(toTeam))
        {
            return PanelResult<TransferOutcome>.Fail(400, "Informe um atendente (agentId) ou uma equipe (team), não os dois.", "target");
        }

        Team team = default;
        if (toTeam is not null && !WireNames.TryParseTeam(toTeam, out team))
        {
            return PanelResult<TransferOutcome>.Fail(400, $"Equipe '{toTeam}' desconhecida (sales, support, central).", "team");
        }

        TransferOutcome? outcome = null;
        var result = await actions.RunAsync(conversationId, agentId, async (turn, agent) =>
        {
            var c = turn.Conversation;
            if (Refusal(c, agent) is { } refused)
            {
                return refused;
            }

            var why = string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}";
            if (toAgentId is not null)
            {
                var target = await turn.Db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == toAgentId, cancellationToken);
                if (target is null || !target.Active)
                {
                    return AgentActionResult.NotFound($"Atendente {toAgentId} não existe ou está desativado.");
                }

                if (target.Id == agent.Id)
                {
                    return new AgentActionResult(false, 400, "Não é possível transferir para si mesmo.", []);
                }

                var load = await AgentLoads.OfAsync(turn.Db, target.Id, cancellationToken);
                var targetCap = Math.Min(cap, target.MaxConcurrentConversations);
                if (!target.CanReceiveOffers || load >= targetCap)
                {
                    return AgentActionResult.Conflict(!target.CanReceiveOffers
                        ? $"{target.Name} está {target.Status.ToWire()} e não recebe transferências agora."
                        : $"{target.Name} já atende {load} conversas (limite {targetCap}).");
                }

                HandoffTransitions.Offer(turn.Db, c, target.Id, turn.Now, turn.Now + offerTimeout, target.Team, null, agent.Id, $"transferida por {agent.Name}{why}");
                outcome = new TransferOutcome(c.Id, HandoffTransitions.Describe(c.Holder, c.HolderAgentId, c.HolderTeam), c.OfferDeadline);
            }
            else
            {
                HandoffTransitions.Queue(turn.Db, c, team, null, agent.Id, $"transferida por {agent.Name} para a equipe {team.ToWire()}{why}", turn.Now);
                outcome = new TransferOutcome(c.Id, HandoffTransitions.Describe(c.Holder, c.HolderAgentId, c.HolderTeam), null);
            }

            turn.Emit("handoff", new { state = "transferred", agent = agent.Id, to = outcome.Holder });
            return null;
        }, cancellationToken);
        return result.Ok ? PanelResult<TransferOutcome>.Done(outcome!) : PanelResult<TransferOutcome>.Fail(result.Status, result.Problem!);
    }

    /// <summary>An internal note: a transcript line of kind note, never an outbox row, so it never reaches the customer.</summary>
    public async Task<PanelResult<NoteView>> NoteAsync(string conversationId, string agentId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return PanelResult<NoteView>.Fail(400, "A nota é obrigatória e tem no máximo 4000 caracteres.", "text");
        }

        NoteView? note = null;
        var result = await actions.RunAsync(conversationId, agentId, (turn, agent) =>
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = Guid.NewGuid().ToString("N"),
                Timestamp = turn.Now,
                From = new ChannelAccount(agent.Id, agent.Name, "agent"),
                Conversation = new ConversationAccount(turn.Conversation.Id),
                ChannelId = turn.Conversation.Channel,
                Text = text.Trim(),
            };
            var line = ConversationWriter.AppendTranscript(turn.Db, turn.Conversation, TranscriptKind.Note, agent.Id, activity, turn.Now);
            note = new NoteView(line.Sequence, "note", agent.Id, agent.Name, line.Text!, line.At);
            return Task.FromResult<AgentActionResult?>(null);
        }, cancellationToken);
        return result.Ok ? PanelResult<NoteView>.Done(note!, 201) : PanelResult<NoteView>.Fail(result.Status, result.Problem!);
    }

    private static AgentActionResult? Refusal(Conversation conversation, Agent agent) =>
        conversation.Holder == ConversationHolder.Agent && conversation.HolderAgentId == agent.Id
            ? null
            : AgentActionResult.Conflict($"{agent.Id} não está com a conversa {conversation.Id} ({HandoffTransitions.Describe(conversation.Holder, conversation.HolderAgentId, conversation.HolderTeam)}).");
}
