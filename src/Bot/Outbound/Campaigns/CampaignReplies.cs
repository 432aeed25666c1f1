using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Runtime;
using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>
/// A customer writing on a campaign's channel within <see cref="CampaignOptions.ReplyWindowDays"/> of its message
/// answers it: the recipient counts as replied, the conversation carries the campaign (dialog variable
/// <c>campaign</c>, a transcript event) and the record its flag and discount, which is what R13 reads.
/// </summary>
public sealed class CampaignReplies(IOptions<OutboundOptions> options)
{
    public const string CampaignVariable = "campaign";

    public async Task TakeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var customer = turn.Customer!.Customer;
        var since = turn.Now.AddDays(-options.Value.Campaigns.ReplyWindowDays);
        var channel = turn.Conversation.Channel;
        var db = turn.Db;
        var answered = await db.CampaignRecipients
            .Where(r => r.CustomerId == customer.Id && r.State == RecipientState.Queued && r.RepliedAt == null && r.QueuedAt >= since)
            .Join(db.Campaigns.Where(c => c.Channel == channel), r => r.CampaignId, c => c.Id, (r, c) => new { Recipient = r, Campaign = c })
            .OrderByDescending(x => x.Recipient.QueuedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (answered is null)
        {
            return;
        }

        answered.Recipient.RepliedAt = turn.Now;
        answered.Recipient.ReplyConversationId = turn.Conversation.Id;
        customer.Campaign = true;
        if (answered.Campaign.DiscountPercent is { } discount)
        {
            customer.CampaignDiscountPercent = discount;
        }

        var state = DialogState.From(turn.Conversation.StateJson);
        state.Variables[CampaignVariable] = answered.Campaign.Id.ToString("N");
        turn.Conversation.StateJson = state.ToJson();
        ConversationWriter.Event(db, turn.Conversation, "campaign-reply",
            $"Resposta à campanha \"{answered.Campaign.Name}\"" + (answered.Campaign.DiscountPercent is { } d ? $" (desconto de {d:0.##}% em recontratação, R13)" : ""), "bot", turn.Now);
        turn.Emit("campaign-reply", new { campaign = answered.Campaign.Id, customer = customer.Id });
    }
}
