using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>
/// R7: quotes the products named (one unit when no quantity) from the price list, itemised with a total,
/// and, for a known customer, creates the venda-com-contato follow-up the routing decision asked for.
/// </summary>
public sealed class QuotePriceAction : IFlowAction
{
    public string Name => "quote-price";
    public IReadOnlyList<string> Outcomes { get; } = ["quoted", "quoted-prospect", "no-product"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var mentions = turn.Message.Products;
        if (mentions.Count == 0)
        {
            turn.Say("productAsk", new Dictionary<string, string> { ["products"] = string.Join(", ", turn.Products.Select(p => p.Name)) });
            return Task.FromResult("no-product");
        }

        var quote = new PriceList(turn.Products).Quote(mentions.Select(m => (m.ProductCode, m.Quantity)), turn.Turn.Now, Guid.NewGuid(),
            turn.Turn.Customer?.Customer.Id, turn.Turn.Conversation.Id, turn.Decision?.DiscountPercent ?? 0m);
        turn.Turn.Db.Quotes.Add(quote);
        turn.Turn.Emit("quote", quote);
        turn.Turn.Reply(QuoteText.Render(turn, quote));
        foreach (var code in quote.Lines.Select(l => l.ProductCode).Where(c => !turn.State.QuotedProducts.Contains(c)))
        {
            turn.State.QuotedProducts.Add(code);
        }

        turn.State.Variables["quote"] = quote.Id.ToString("N");
        turn.State.Variables["quoteTotal"] = turn.Money(quote.Total);

        if (turn.Decision?.FollowUp is { } draft && turn.Turn.Customer is not null)
        {
            CreateFollowUp(turn, draft, draft.ProductCode ?? quote.Lines[0].ProductCode);
            return Task.FromResult("quoted");
        }

        return Task.FromResult(turn.Turn.Customer is null ? "quoted-prospect" : "quoted");
    }

    internal static Schedule CreateFollowUp(FlowTurn turn, ScheduleDraft draft, string productCode)
    {
        var schedule = new Schedule
        {
            Id = "s-" + Guid.NewGuid().ToString("N")[..12],
            CustomerId = turn.Turn.Customer!.Customer.Id,
            Owner = draft.Owner,
            Tag = draft.Tag,
            ProductCode = productCode,
            Created = draft.Created,
            Due = draft.Due,
            ConversationId = turn.Turn.Conversation.Id,
            Note = $"{RuleIds.R7}: retorno do orçamento",
        };
        turn.Turn.Db.Schedules.Add(schedule);
        turn.Turn.Emit("schedule-created", schedule);
        turn.Say("followUp", new Dictionary<string, string> { ["due"] = turn.Date(draft.Due) });
        return schedule;
    }
}
