using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Billing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;
using ContactCentre.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs;

/// <summary>The default flow's actions for one understood message: quote, route, register, announce.</summary>
internal sealed class FlowActions(DefaultFlow flow, TurnContext turn, FlowState state, IReadOnlyList<Product> products)
{
    public async Task RunAsync(string? intent, IReadOnlyList<ProductMention> mentions, string text, CancellationToken cancellationToken)
    {
        if (intent == "undecided" && state.QuotedProducts.Count == 0 && mentions.Count > 0)
        {
            intent = "price"; // a price question with hesitation is still a price question first (R8 needs a quote before)
        }

        if (intent is "thanks" or "greeting")
        {
            turn.Reply(flow.Reply(intent));
            return;
        }

        var kind = DefaultFlowHandler.KindOf(intent);
        if (kind is null)
        {
            turn.Reply(flow.Reply("notUnderstood"));
            return;
        }

        var product = mentions.Count > 0 ? mentions[0].ProductCode : state.QuotedProducts.LastOrDefault();
        var decision = await turn.RouteAsync(new RoutingRequest(kind.Value, product), cancellationToken);
        if (decision.Reason == "duplicate-record")
        {
            turn.Reply(flow.Reply("duplicate"));
            return;
        }

        await WaiveAsync(decision, cancellationToken);
        switch (kind)
        {
            case RequestKind.PriceRequest or RequestKind.Buy when !decision.IsHandoff:
                Quote(decision, mentions);
                break;
            case RequestKind.Complaint:
                await ComplaintAsync(text, cancellationToken);
                break;
            case RequestKind.ReopenComplaint:
                await ReopenAsync(text, cancellationToken);
                break;
            case RequestKind.Billing:
                Billing();
                break;
            case RequestKind.Recontract when !decision.IsHandoff:
                turn.Reply(flow.Reply(decision.InvoicesToWaive.Count > 0 ? "debtWaived" : "recontract"));
                break;
            case RequestKind.SupportQuestion when decision.IsHandoff:
                turn.Reply(flow.Reply("support"));
                break;
        }

        if (decision.IsHandoff)
        {
            await AnnounceHandoffAsync(decision, cancellationToken);
        }

        AnnounceInvoices(decision);
    }

    private void Quote(RoutingDecision decision, IReadOnlyList<ProductMention> mentions)
    {
        if (mentions.Count == 0)
        {
            turn.Reply(flow.Reply("productAsk", ("products", string.Join(", ", products.Select(p => p.Name)))));
            return;
        }

        var quote = DefaultFlowHandler.QuoteFor(new PriceList(products), mentions, turn, decision.DiscountPercent);
        turn.Db.Quotes.Add(quote);
        turn.Emit("quote", quote);
        var lines = quote.Lines.Select(l => $"• {l.ProductName}: {l.Quantity:0.##} {l.Unit} × {Money.Format(l.UnitPrice)} = {Money.Format(l.Total)}");
        turn.Reply($"{flow.Reply("quoteHeader")}\n{string.Join("\n", lines)}\n{flow.Reply("quoteTotal", ("total", Money.Format(quote.Total)))}");
        state.QuotedProducts.AddRange(quote.Lines.Select(l => l.ProductCode).Where(c => !state.QuotedProducts.Contains(c)));

        if (decision.FollowUp is { } draft && turn.Customer is not null)
        {
            var schedule = new Schedule
            {
                Id = $"s-{Guid.NewGuid():N}"[..14],
                CustomerId = turn.Customer.Customer.Id,
                Owner = draft.Owner,
                Tag = draft.Tag,
                ProductCode = draft.ProductCode ?? quote.Lines[0].ProductCode,
                Created = draft.Created,
                Due = draft.Due,
                ConversationId = turn.Conversation.Id,
                Note = $"{RuleIds.R7}: retorno do orçamento {quote.Id:N}",
            };
            turn.Db.Schedules.Add(schedule);
            turn.Emit("schedule-created", schedule);
            turn.Reply(flow.Reply("followUp", ("due", Br.Date(draft.Due))));
        }
        else if (decision.AskForContact)
        {
            state.AwaitingContact = true;
            turn.Reply(flow.Reply("askContact"));
        }
    }

    private async Task ComplaintAsync(string text, CancellationToken cancellationToken)
    {
        var today = turn.Calendar.DateOf(turn.Now);
        var prefix = $"{today:yyyyMMdd}-";
        var issuedToday = await turn.Db.Complaints.CountAsync(c => c.Protocol.StartsWith(prefix), cancellationToken);
        var protocol = ProtocolNumber.Create(today, issuedToday + 1);
        turn.Db.Complaints.Add(new Complaint { Protocol = protocol, CustomerId = turn.Customer?.Customer.Id, ConversationId = turn.Conversation.Id, Text = text, OpenedAt = turn.Now });
        turn.Emit("protocol", new { protocol });
        turn.Reply(flow.Reply("complaint", ("protocol", protocol)));
    }

    private async Task ReopenAsync(string text, CancellationToken cancellationToken)
    {
        var protocol = ProtocolNumber.FindIn(text);
        var complaint = protocol is null ? null : await turn.Db.Complaints.FirstOrDefaultAsync(c => c.Protocol == protocol, cancellationToken);
        if (complaint is null)
        {
            state.AwaitingProtocol = true;
            turn.Reply(flow.Reply("reopenAsk"));
            return;
        }

        complaint.Reopen(turn.Now);
        turn.Reply(flow.Reply("reopen", ("protocol", complaint.Protocol)));
    }

    private void Billing()
    {
        if (turn.Customer is null)
        {
            turn.Reply(flow.Reply("billingAsk"));
        }
        else if (!turn.Customer.OpenInvoices.Any())
        {
            turn.Reply(flow.Reply("billingNone"));
        }
        else
        {
            state.Announced.Clear(); // asked explicitly: list them again with how to pay
        }
    }

    private async Task AnnounceHandoffAsync(RoutingDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Target.Kind == TargetKind.Agent)
        {
            var agent = await turn.Db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == decision.Target.AgentId, cancellationToken);
            turn.Reply(flow.Reply("handoffAgent", ("agent", agent?.Name ?? decision.Target.AgentId!)));
        }
        else if (decision.Target.Team is { } team)
        {
            turn.Reply(flow.Reply("handoffTeam", ("team", flow.Teams.GetValueOrDefault(team.ToWire(), team.ToWire()))));
        }
    }

    /// <summary>R2: open invoices told once per conversation, with how to pay.</summary>
    private void AnnounceInvoices(RoutingDecision decision)
    {
        var invoices = turn.Customer?.OpenInvoices.Where(i => decision.InvoicesToAnnounce.Contains(i.Number) && !state.Announced.Contains(i.Number)).ToList() ?? [];
        if (invoices.Count == 0)
        {
            return;
        }

        var lines = invoices.Select(i => flow.Reply("invoiceLine", ("number", i.Number), ("amount", Money.Format(i.Amount)), ("due", Br.Date(i.Due)),
            ("line", i.PaymentLine ?? "-"), ("pix", i.PixCode ?? "-")));
        turn.Reply($"{flow.Reply("invoices")}\n{string.Join("\n", lines)}");
        state.Announced.AddRange(invoices.Select(i => i.Number));
        turn.Emit("invoices-announced", new { numbers = invoices.Select(i => i.Number).ToArray() });
    }

    /// <summary>R13: debt older than the waiver age is marked waived, never deleted.</summary>
    private async Task WaiveAsync(RoutingDecision decision, CancellationToken cancellationToken)
    {
        foreach (var number in decision.InvoicesToWaive)
        {
            var invoice = await turn.Db.Invoices.FirstOrDefaultAsync(i => i.Number == number, cancellationToken);
            if (invoice is { IsOpen: true })
            {
                invoice.Waive(RuleIds.R13, turn.Now);
            }
        }
    }
}
