using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>Creates a schedule: <c>with.tag</c> (one of the five), <c>with.owner</c> (team or agent, default sales), <c>with.businessDays</c> (default 2).</summary>
public sealed class CreateScheduleAction : IFlowAction
{
    public string Name => "create-schedule";
    public IReadOnlyList<string> Outcomes { get; } = ["created", "unknown-customer"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        if (turn.Turn.Customer is null)
        {
            return Task.FromResult("unknown-customer");
        }

        var with = node.With ?? [];
        var tag = ScheduleTags.TryParse(with.GetValueOrDefault("tag"), out var t) ? t : ScheduleTag.SaleWithContact;
        var ownerText = with.GetValueOrDefault("owner") ?? "sales";
        var owner = WireNames.TryParseTeam(ownerText, out var team) ? ScheduleOwner.OfTeam(team) : ScheduleOwner.OfAgent(ownerText);
        var days = int.TryParse(with.GetValueOrDefault("businessDays"), out var d) ? d : turn.Turn.Routing.Parameters.SaleWithContactBusinessDays;
        var today = turn.Turn.Calendar.DateOf(turn.Turn.Now);
        var product = with.GetValueOrDefault("product") ?? turn.Message.Products.FirstOrDefault()?.ProductCode ?? turn.State.QuotedProducts.LastOrDefault();
        QuotePriceAction.CreateFollowUp(turn, new ScheduleDraft(tag, owner, product, today, turn.Turn.Calendar.AddBusinessDays(today, days)), product ?? "");
        return Task.FromResult("created");
    }
}
