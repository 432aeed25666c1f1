using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>R3: identifies the customer by the CPF/CNPJ, e-mail or phone in the message (or in <c>with.from</c>'s variable).</summary>
public sealed class IdentifyAction : IFlowAction
{
    public string Name => "identify";
    public IReadOnlyList<string> Outcomes { get; } = ["identified", "duplicate", "not-found"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var points = new List<ContactPoint>();
        if (node.With?.GetValueOrDefault("from") is { } variable && turn.State.Variables.TryGetValue(variable, out var given))
        {
            points.AddRange(Domain.Routing.Rules.R03Identification.ContactPointsIn(given, given));
        }

        if (turn.Message.Document is { } document)
        {
            points.Add(ContactPoint.Document(document));
        }

        if (turn.Message.Email is { } email)
        {
            points.Add(ContactPoint.Email(email));
        }

        if (turn.Message.Phone is { } phone)
        {
            points.Add(ContactPoint.Phone(phone));
        }

        if (points.Count == 0)
        {
            return turn.Turn.Matches.Count switch { 1 => "identified", > 1 => "duplicate", _ => "not-found" };
        }

        var found = await turn.Turn.IdentifyAsync([.. points.Distinct()], cancellationToken);
        Runtime.TurnPipeline.EnsureInteraction(turn.Turn);
        return found.Count switch { 1 => "identified", > 1 => "duplicate", _ => "not-found" };
    }
}
