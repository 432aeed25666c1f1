using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing.Rules;
using ContactCentre.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>
/// "close-sale": the customer accepts the quote the bot sent (R7: the bot sells), so the bot closes it as a
/// sale with no personal commission (R14: beneficiary bot), and R10 removes the product's schedules. The
/// product is the follow-up's (or the conversation's last quoted); the quantities are the latest quote's.
/// </summary>
public sealed class CloseSaleAction : IFlowAction
{
    public const string FollowUpProduct = "follow-up-product";

    public string Name => "close-sale";
    public IReadOnlyList<string> Outcomes { get; } = ["closed", "no-quote", "unknown-customer"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        if (turn.Turn.Customer is not { } record)
        {
            return "unknown-customer";
        }

        var product = turn.State.Variables.GetValueOrDefault(FollowUpProduct) ?? turn.State.QuotedProducts.LastOrDefault();
        var db = turn.Turn.Db;
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.CustomerId == record.Customer.Id).ToListAsync(cancellationToken);
        var quote = quotes.OrderByDescending(q => q.CreatedAt).FirstOrDefault(q => product is null || q.Lines.Any(l => l.ProductCode == product));
        var line = quote?.Lines.FirstOrDefault(l => product is null || l.ProductCode == product);
        if (quote is null || line is null)
        {
            return "no-quote";
        }

        var commission = R14AbsentOwner.Commission(Sale.Bot, line.ProductCode, null, record.Schedules);
        var amount = decimal.Round(line.Total * (100m - quote.DiscountPercent) / 100m, 2, MidpointRounding.AwayFromZero);
        var sale = new Sale
        {
            Id = Guid.NewGuid(),
            CustomerId = record.Customer.Id,
            ConversationId = turn.Turn.Conversation.Id,
            ProductCode = line.ProductCode,
            Quantity = line.Quantity,
            Amount = amount,
            ClosedBy = Sale.Bot,
            CommissionBeneficiary = commission.Beneficiary,
            CommissionRule = commission.RuleId,
            At = turn.Turn.Now,
        };
        db.Sales.Add(sale);
        turn.Turn.Emit("sale", sale);
        foreach (var removed in R10SaleClosesSchedule.Apply(record.Schedules, line.ProductCode, Sale.Bot, turn.Turn.Now))
        {
            turn.Turn.Emit("schedule-removed", new { removed.Id, removed.RemovedBy });
        }

        await turn.Turn.UpdateInteractionAsync(InteractionReason.Sale, cancellationToken);
        ConversationWriter.Event(db, turn.Turn.Conversation, "sale",
            $"Venda fechada pelo bot: {line.Quantity:0.##} × {line.ProductName}; comissão {commission.Beneficiary} ({commission.RuleId}: {commission.Why})", "bot", turn.Turn.Now);
        turn.State.Variables["quoteTotal"] = turn.Money(amount);
        turn.State.Variables["product"] = line.ProductName;
        return "closed";
    }
}
