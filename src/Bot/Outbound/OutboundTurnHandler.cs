using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Outbound.Campaigns;
using ContactCentre.Bot.Outbound.FollowUps;
using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Outbound;

/// <summary>
/// Wraps the dialog engine: when a customer writes while one of the bot's outbound contacts waits for them, the
/// turn first takes that context — a follow-up's answer goes to the flow's <c>follow-up-answer</c> prompt (so
/// "sim" closes the sale, "vou pensar" goes to sales by R8), and a campaign's answer puts the campaign on the
/// conversation and the record (R13's discount). Then the engine runs the turn as usual, in the same transaction.
/// </summary>
public sealed class OutboundTurnHandler(DialogEngine engine, FollowUpAnswers followUps, CampaignReplies campaigns) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Customer is not null && turn.Inbound is not null)
        {
            await campaigns.TakeAsync(turn, cancellationToken);
            await followUps.TakeAsync(turn, cancellationToken);
        }

        await engine.HandleAsync(turn, cancellationToken);
    }

    public Task ResumeAfterHandoffAsync(TurnContext turn, CancellationToken cancellationToken) => engine.ResumeAfterHandoffAsync(turn, cancellationToken);
}
