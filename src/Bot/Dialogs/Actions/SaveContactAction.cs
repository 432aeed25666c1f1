using ContactCentre.Bot.Flows;
using ContactCentre.Domain.Agents;
using ContactCentre.Domain.Customers;
using ContactCentre.Domain.Routing;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Dialogs.Actions;

/// <summary>
/// R7 for an anonymous prospect: the phone or e-mail they gave (variable <c>with.from</c>, default
/// <c>contact</c>) becomes a new record (R3), identified from now on, with the quote's follow-up schedule.
/// </summary>
public sealed class SaveContactAction : IFlowAction
{
    public string Name => "save-contact";
    public IReadOnlyList<string> Outcomes { get; } = ["saved", "existing", "invalid"];

    public async Task<string> RunAsync(FlowTurn turn, FlowNode node, CancellationToken cancellationToken)
    {
        var given = turn.State.Variables.GetValueOrDefault(node.With?.GetValueOrDefault("from") ?? "contact") ?? "";
        var points = new List<ContactPoint>();
        if (EmailAddress.TryParse(given, out var email))
        {
            points.Add(ContactPoint.Email(email!));
        }
        else if (PhoneNumber.TryParse(given, out var phone))
        {
            points.Add(ContactPoint.Phone(phone!));
        }

        if (points.Count == 0)
        {
            return "invalid";
        }

        var outcome = "existing";
        if ((await turn.Turn.IdentifyAsync(points, cancellationToken)).Count == 0)
        {
            var customer = new Customer
            {
                Id = "p-" + Guid.NewGuid().ToString("N")[..12],
                Name = turn.Turn.Inbound?.From.Name ?? given,
                Prospect = true,
                CreatedAt = turn.Turn.Now,
            };
            foreach (var point in points.Append(ChannelPoint(turn)).OfType<ContactPoint>().Distinct())
            {
                customer.AddContact(point);
            }

            turn.Turn.Db.Customers.Add(customer);
            await turn.Turn.IdentifyAsync(points, cancellationToken);
            if (turn.Turn.Customer is null)
            {
                // Not yet in the store (same transaction): identify through the new record directly.
                turn.Turn.Adopt(new CustomerRecord(customer, [], []));
            }

            outcome = "saved";
        }

        Runtime.TurnPipeline.EnsureInteraction(turn.Turn);
        var today = turn.Turn.Calendar.DateOf(turn.Turn.Now);
        foreach (var product in turn.State.QuotedProducts)
        {
            QuotePriceAction.CreateFollowUp(turn, new ScheduleDraft(ScheduleTag.SaleWithContact, ScheduleOwner.OfTeam(Team.Sales), product, today,
                turn.Turn.Calendar.AddBusinessDays(today, turn.Turn.Routing.Parameters.SaleWithContactBusinessDays)), product);
        }

        return outcome;
    }

    private static ContactPoint? ChannelPoint(FlowTurn turn) =>
        Domain.Routing.Rules.R03Identification.ContactPointsIn(turn.Turn.Conversation.CustomerAddress, null).FirstOrDefault();
}
