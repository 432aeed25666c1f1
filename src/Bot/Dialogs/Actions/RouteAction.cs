using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Handoff;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>
/// Asks the routing policy (R1–R16) what to do with the request (<c>with.request</c>, or the message's
/// intent), moves the conversation to whoever it names, tells the customer, and applies what comes with
/// the decision: R13's waiver and R2's open invoices (once per conversation).
/// </summary>
public sealed class RouteAction(HandoffArrival? arrival = null) : IFlowAction
{
    public string Name => "route";
    public IReadOnlyList<string> Outcomes { get; } = ["bot", "agent", "team", "duplicate"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var requestName = node.With?.GetValueOrDefault("request") ?? "intent";
        var kind = RequestKinds.From(requestName == "intent" ? turn.Message.IntentName : requestName) ?? RequestKind.Other;
        var product = turn.Message.Products.FirstOrDefault()?.ProductCode ?? turn.State.QuotedProducts.LastOrDefault();
        // R15: the flow asks "are you the account holder?" into `holder`; a "no" makes this a third party.
        var thirdParty = turn.State.Variables.GetValueOrDefault("holder") == "no";
        var field = SensitiveFields.From(turn.State.Variables.GetValueOrDefault("field"));
        var decision = await turn.Turn.RouteAsync(new RoutingRequest(kind, product, turn.State.Variables.ContainsKey("kb-answered"), !thirdParty, field), cancellationToken);
        turn.Decision = decision;

        if (decision.Reason == "duplicate-record")
        {
            turn.Say("duplicate");
            return "duplicate";
        }

        if (decision.InvoicesToWaive.Count > 0)
        {
            turn.State.Variables["debt-waived"] = "yes";
        }

        foreach (var number in decision.InvoicesToWaive)
        {
            var invoice = await turn.Turn.Db.Invoices.FirstOrDefaultAsync(i => i.Number == number, cancellationToken);
            if (invoice is { IsOpen: true })
            {
                invoice.Waive(RuleIds.R13, turn.Turn.Now);
            }
        }

        // Business hours, the queue's expected wait: what the customer should hear besides "transferring you".
        var notice = arrival is null ? ArrivalNotice.None : await arrival.ApplyAsync(turn.Turn, decision, cancellationToken);
        if (notice.Kind == ArrivalKind.OutOfHours)
        {
            turn.Say(ArrivalWords.OutOfHours(turn, decision, notice));
        }
        else if (node.With?.GetValueOrDefault("announce") != "false")
        {
            await AnnounceAsync(turn, decision, notice, cancellationToken);
        }

        return decision.Target.Kind switch { TargetKind.Agent => "agent", TargetKind.Team => "team", _ => "bot" };
    }

    private static async Task AnnounceAsync(FlowTurn turn, RoutingDecision decision, ArrivalNotice notice, CancellationToken cancellationToken)
    {
        if (decision.Target.Kind == TargetKind.Agent)
        {
            var agent = await turn.Turn.Db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == decision.Target.AgentId, cancellationToken);
            turn.Say("handoffAgent", new Dictionary<string, string> { ["agent"] = agent?.Name ?? decision.Target.AgentId! });
        }
        else if (decision.Target.Team is { } team)
        {
            var text = turn.Fill("handoffTeam", new Dictionary<string, string> { ["team"] = turn.Document.Teams.GetValueOrDefault(team.ToWire(), team.ToWire()) });
            turn.Say(notice.Kind == ArrivalKind.Wait ? $"{text} {ArrivalWords.Wait(turn, notice)}" : text);
        }
    }
}
