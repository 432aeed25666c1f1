using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Runtime;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Outbound.FollowUps;

/// <summary>
/// The customer wrote while a follow-up waits on this channel: the follow-up is answered, and the dialog goes to
/// the flow's <see cref="AnswerNode"/> prompt with the quoted product, so the answer runs through the flow and rules.
/// </summary>
public sealed class FollowUpAnswers
{
    public const string AnswerNode = "follow-up-answer";

    public async Task TakeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var customerId = turn.Customer!.Customer.Id;
        var channel = turn.Conversation.Channel;
        var followUp = await turn.Db.FollowUps
            .Where(f => f.CustomerId == customerId && f.Channel == channel && f.Status == FollowUpStatus.Sent && f.AnswerBy > turn.Now)
            .OrderByDescending(f => f.ClaimedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (followUp is null)
        {
            return;
        }

        followUp.Status = FollowUpStatus.Answered;
        followUp.AnsweredAt = turn.Now;
        followUp.AnswerConversationId = turn.Conversation.Id;
        var product = await turn.Db.Schedules.AsNoTracking().Where(s => s.Id == followUp.ScheduleId).Select(s => s.ProductCode).FirstOrDefaultAsync(cancellationToken);

        var state = DialogState.From(turn.Conversation.StateJson);
        state.Started = true;
        state.Stack.Clear();
        state.Pending = new PendingPrompt(AnswerNode, 0);
        if (product is not null)
        {
            state.Variables[CloseSaleAction.FollowUpProduct] = product;
            if (!state.QuotedProducts.Contains(product))
            {
                state.QuotedProducts.Add(product); // R8 reads "after a quote": the follow-up is about this quote
            }
        }

        turn.Conversation.StateJson = state.ToJson();
        turn.Emit("follow-up-answered", new { followUp.ScheduleId, conversation = turn.Conversation.Id });
    }
}
