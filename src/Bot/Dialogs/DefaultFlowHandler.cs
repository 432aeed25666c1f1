using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs;

/// <summary>
/// The default pt-BR flow: understands the message (examples + price-list entities), asks the routing
/// policy, and says what the decision means — a quote (R7), a handoff (R4, R6, R8, R11, R13, R16),
/// open invoices (R2) — all within the turn's transaction.
/// </summary>
public sealed class DefaultFlowHandler(DefaultFlow flow) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = FlowState.From(turn.Conversation.StateJson);
        var text = turn.Inbound?.Text?.Trim() ?? "";
        if (!state.Welcomed)
        {
            turn.Reply(flow.Reply("welcome"));
            state.Welcomed = true;
        }

        if (text.Length == 0)
        {
            turn.Reply(flow.Reply(turn.Inbound?.Attachments.Count > 0 ? "media" : "greeting"));
            Save(turn, state);
            return;
        }

        if (turn.Customer is null)
        {
            var points = R03Identification.ContactPointsIn(null, text);
            if (points.Count > 0)
            {
                await turn.IdentifyAsync(points, cancellationToken);
                TurnPipeline.EnsureInteraction(turn);
            }
        }

        var products = await turn.Db.Products.AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken);
        var mentions = new ProductRecognizer(products, flow.Numbers).Recognize(text);
        var intent = flow.Classifier.Classify(text)?.Intent;
        if (intent is null or "greeting" && mentions.Count > 0)
        {
            intent = "price";
        }

        await new FlowActions(flow, turn, state, products).RunAsync(intent, mentions, text, cancellationToken);
        Save(turn, state);
    }

    public Task ResumeAfterHandoffAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = FlowState.From(turn.Conversation.StateJson);
        state.AwaitingSatisfaction = true;
        turn.Reply(flow.Reply("satisfaction"), [.. Enumerable.Range(1, 5).Select(i => new Channels.Abstractions.CardAction(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        Save(turn, state);
        return Task.CompletedTask;
    }

    private static void Save(TurnContext turn, FlowState state) => turn.Conversation.StateJson = state.ToJson();

    internal static RequestKind? KindOf(string? intent) => intent switch
    {
        "price" => RequestKind.PriceRequest,
        "buy" => RequestKind.Buy,
        "undecided" => RequestKind.Undecided,
        "recontract" => RequestKind.Recontract,
        "complaint" => RequestKind.Complaint,
        "reopen" => RequestKind.ReopenComplaint,
        "support" => RequestKind.SupportQuestion,
        "training" => RequestKind.TrainingRequest,
        "billing" => RequestKind.Billing,
        "human" => RequestKind.Human,
        _ => null,
    };

    internal static Quote QuoteFor(PriceList prices, IReadOnlyList<ProductMention> mentions, TurnContext turn, decimal discount) =>
        prices.Quote(mentions.Select(m => (m.ProductCode, m.Quantity)), turn.Now, Guid.NewGuid(), turn.Customer?.Customer.Id, turn.Conversation.Id, discount);
}
