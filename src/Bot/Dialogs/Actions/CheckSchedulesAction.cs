using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Routing.Rules;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R5: tells the customer which of their follow-ups are pending (only those that count).</summary>
public sealed class CheckSchedulesAction : IFlowAction
{
    public string Name => "check-schedules";
    public IReadOnlyList<string> Outcomes { get; } = ["found", "none", "unknown-customer"];

    public Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var customer = turn.Turn.Customer;
        if (customer is null)
        {
            return Task.FromResult("unknown-customer");
        }

        var counting = customer.Schedules
            .Select(s => R05ScheduleValidity.Assess(s, turn.Turn.Calendar, turn.Turn.Routing.Parameters, turn.Turn.Now))
            .Where(a => a.Counts)
            .ToList();
        if (counting.Count == 0)
        {
            return Task.FromResult("none");
        }

        var lines = counting.Select(a => turn.Fill("scheduleLine", new Dictionary<string, string>
        {
            ["product"] = turn.Products.FirstOrDefault(p => p.Code == a.Schedule.ProductCode)?.Name ?? a.Schedule.ProductCode ?? "-",
            ["due"] = turn.Date(a.Schedule.Due),
            ["owner"] = a.Schedule.Owner.ToString(),
        }));
        turn.Turn.Reply($"{turn.Fill("schedules")}\n{string.Join("\n", lines)}");
        return Task.FromResult("found");
    }
}
