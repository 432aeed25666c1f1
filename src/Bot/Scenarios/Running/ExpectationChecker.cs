using System.Globalization;
using System.Text.Json;
using ContactCentre.Bot.Scenarios.Parsing;
using ContactCentre.Domain.Catalogue;
using ContactCentre.Domain.Scheduling;

namespace ContactCentre.Bot.Scenarios.Running;

/// <summary>Checks a turn's <c>expect:</c> against what the turn did; each failure says what was expected and what happened.</summary>
public static class ExpectationChecker
{
    /// <summary>The expectations that did not hold (empty when all did).</summary>
    public static IReadOnlyList<string> Check(ScenarioExpectations expect, TurnObservation observed, ScenarioWorld world)
    {
        ArgumentNullException.ThrowIfNull(expect);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(world);
        var failures = new List<string>();
        if (expect.Reply is { } reply)
        {
            Reply(reply, observed, failures);
        }

        if (expect.InvoicesMentioned is { } invoices)
        {
            InvoicesMentioned(invoices, observed, world, failures);
        }

        if (expect.Quote is { } quote)
        {
            Quote(quote, observed, failures);
        }

        if (expect.Handoff is { } handoff)
        {
            Handoff(handoff, observed, world, failures);
        }

        if (expect.Rules is { } rules)
        {
            Rules(rules, observed, failures);
        }

        if (expect.ScheduleCreated is { } created)
        {
            ScheduleCreated(created, observed, failures);
        }

        if (expect.ScheduleRemoved is { } removed && !observed.RemovedSchedules.Contains(removed, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"schedule_removed: expected schedule {removed} to be removed; removed: {List(observed.RemovedSchedules)}");
        }

        if (expect.Commission is { } commission)
        {
            Commission(commission, observed, failures);
        }

        if (expect.Protocol is { } protocol)
        {
            Protocol(protocol, observed, failures);
        }

        if (expect.Delivered is { } delivered)
        {
            Delivered(delivered, observed, failures);
        }

        if (expect.FollowUp is { } followUp)
        {
            FollowUp(followUp, observed, failures);
        }

        if (expect.Logged is { } logged)
        {
            Logged(logged, observed, failures);
        }

        return failures;
    }

    private static void Reply(ScenarioReplyExpectation expect, TurnObservation observed, List<string> failures)
    {
        var text = observed.RepliesText;
        var got = observed.Replies.Count == 0 ? "the bot sent nothing" : "the bot said " + ScenarioText.Quote(text);
        var missing = expect.Contains.Where(s => !ScenarioText.Contains(text, s)).ToList();
        if (missing.Count > 0)
        {
            failures.Add($"reply.contains: expected {string.Join(", ", missing.Select(s => ScenarioText.Quote(s)))}; {got}");
        }

        if (expect.Matches is { } pattern && !ScenarioText.Matches(text, pattern))
        {
            failures.Add($"reply.matches: expected /{pattern}/ to match; {got}");
        }

        var present = expect.NotContains.Where(s => ScenarioText.Contains(text, s)).ToList();
        if (present.Count > 0)
        {
            failures.Add($"reply.not_contains: did not expect {string.Join(", ", present.Select(s => ScenarioText.Quote(s)))}; {got}");
        }

        if (expect.Silent == true && observed.Replies.Count > 0)
        {
            failures.Add($"reply.silent: expected the bot to send nothing; {got}");
        }
        else if (expect.Silent == false && observed.Replies.Count == 0)
        {
            failures.Add("reply.silent: expected a reply; the bot sent nothing");
        }
    }

    /// <summary>From the handler's invoices-announced events; without one, the world's invoice numbers that appear in the replies.</summary>
    private static void InvoicesMentioned(IReadOnlyList<string> expected, TurnObservation observed, ScenarioWorld world, List<string> failures)
    {
        var events = observed.Events.Where(e => e.Kind == "invoices-announced").ToList();
        var announced = events.Count > 0
            ? events.SelectMany(e => EventData.Texts(e.Data, "numbers")).ToList()
            : world.Customers.SelectMany(c => c.Invoices).Select(i => i.Number).Where(n => ScenarioText.Contains(observed.RepliesText, n)).ToList();
        var want = expected.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!want.SetEquals(announced))
        {
            failures.Add($"invoices_mentioned: expected exactly {List(expected)}; announced {List(announced.Distinct(StringComparer.OrdinalIgnoreCase))}");
        }
    }

    private static void Quote(ScenarioQuoteExpectation expect, TurnObservation observed, List<string> failures)
    {
        var quotes = observed.Events.Where(e => e.Kind == "quote").Select(e => QuoteView.From(e.Data)).OfType<QuoteView>().ToList();
        if (quotes.Count == 0)
        {
            failures.Add($"quote: expected a quote{Describe(expect)}; no quote was produced in this turn");
            return;
        }

        bool Fits(QuoteView q) =>
            (expect.Total is not { } total || q.Total == total)
            && expect.Items.All(i => q.Lines.Any(l => string.Equals(l.Product, i.Product, StringComparison.OrdinalIgnoreCase) && (i.Quantity is not { } n || l.Quantity == n)));

        if (!quotes.Any(Fits))
        {
            failures.Add($"quote: expected{Describe(expect)}; got {string.Join(" and ", quotes.Select(q => q.ToString()))}");
        }
    }

    private static string Describe(ScenarioQuoteExpectation expect)
    {
        var parts = new List<string>();
        if (expect.Total is { } total)
        {
            parts.Add($" total {Money(total)}");
        }

        if (expect.Items.Count > 0)
        {
            parts.Add(" with " + string.Join(", ", expect.Items.Select(i => i.Quantity is { } n ? $"{n} × {i.Product}" : i.Product)));
        }

        return string.Join(",", parts);
    }

    private static void Handoff(ScenarioHandoffExpectation expect, TurnObservation observed, ScenarioWorld world, List<string> failures)
    {
        var c = observed.Conversation;
        var actual = c?.Describe() ?? "not started (with the bot)";
        string? why = null;
        switch (expect.Target)
        {
            case ScenarioHandoffTarget.None:
                if (c is { WithBot: false })
                {
                    why = "expected with the bot (none)";
                }

                break;
            case ScenarioHandoffTarget.Agent:
                if (c is not { WithAgent: true } || !string.Equals(c.AgentId, expect.To, StringComparison.OrdinalIgnoreCase))
                {
                    why = $"expected with agent {expect.To} (offered or accepted)";
                }

                break;
            default:
                var team = expect.Team!;
                var withTeam = c is not null
                    && ((c.InQueue && string.Equals(c.QueueTeam, team, StringComparison.OrdinalIgnoreCase))
                        || (c.WithAgent && string.Equals(c.AgentTeam, team, StringComparison.OrdinalIgnoreCase)));
                var expected = $"expected with team {team} (its queue or one of its agents)" + (expect.Not is null ? string.Empty : $", not {expect.Not}");
                if (!withTeam)
                {
                    why = expected;
                }
                else if (expect.Not is { } excluded)
                {
                    var notTeamMember = world.Agents.FirstOrDefault(a => a.Id == excluded) is not { } agent || !string.Equals(agent.Team, team, StringComparison.OrdinalIgnoreCase);
                    if (c!.WithAgent && string.Equals(c.AgentId, excluded, StringComparison.OrdinalIgnoreCase))
                    {
                        why = expected;
                    }
                    else if (c.InQueue && !notTeamMember && !string.Equals(c.ExcludedAgentId, excluded, StringComparison.OrdinalIgnoreCase))
                    {
                        why = expected + $" (the queue does not exclude {excluded}, who could take it)";
                    }
                }

                break;
        }

        if (why is not null)
        {
            failures.Add($"handoff: {why}; the conversation is {actual}");
        }
    }

    private static void Rules(IReadOnlyList<string> expected, TurnObservation observed, List<string> failures)
    {
        var ids = observed.RuleIds;
        var missing = expected.Where(r => !ids.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var got = observed.Decisions.Count == 0
            ? "no routing decision was made in this turn"
            : "the decision was " + string.Join(" then ", observed.Decisions.Select(d => $"{d.Target} ({d.Reason}) with rules {List(d.RuleIds)}"));
        failures.Add($"rules: expected {List(missing)} among the routing decision's rules; {got}");
    }

    private static void ScheduleCreated(ScenarioScheduleExpectation expect, TurnObservation observed, List<string> failures)
    {
        bool Fits(Schedule s) =>
            string.Equals(s.Tag.ToWire(), expect.Tag, StringComparison.OrdinalIgnoreCase)
            && s.Due == expect.Due
            && (expect.Owner is null || string.Equals(s.Owner.ToString(), expect.Owner, StringComparison.OrdinalIgnoreCase));

        if (!observed.CreatedSchedules.Any(Fits))
        {
            var wanted = $"{expect.Tag} due {Iso(expect.Due)}" + (expect.Owner is null ? string.Empty : $" owned by {expect.Owner}");
            var got = observed.CreatedSchedules.Count == 0
                ? "no schedule was created in this turn"
                : "created " + string.Join(", ", observed.CreatedSchedules.Select(s => $"{s.Tag.ToWire()} due {Iso(s.Due)} owned by {s.Owner}"));
            failures.Add($"schedule_created: expected {wanted}; {got}");
        }
    }

    private static void Commission(ScenarioCommissionExpectation expect, TurnObservation observed, List<string> failures)
    {
        if (observed.Sales.Any(s => string.Equals(s.CommissionBeneficiary, expect.To, StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.CommissionRule, expect.Rule, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var got = observed.Sales.Count == 0
            ? "no sale was closed in this turn"
            : string.Join(", ", observed.Sales.Select(s => $"sale of {s.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} × {s.ProductCode} by {s.ClosedBy}: commission to {s.CommissionBeneficiary} ({s.CommissionRule})"));
        failures.Add($"commission: expected to {expect.To} by {expect.Rule}; {got}");
    }

    private static void Protocol(bool expected, TurnObservation observed, List<string> failures)
    {
        if (!expected)
        {
            if (observed.Protocols.Count > 0)
            {
                failures.Add($"protocol: expected none; issued {List(observed.Protocols)}");
            }

            return;
        }

        if (observed.Protocols.Count == 0)
        {
            failures.Add("protocol: expected a complaint protocol number; none was issued in this turn");
        }
        else if (!observed.Protocols.Any(p => ScenarioText.Contains(observed.RepliesText, p)))
        {
            failures.Add($"protocol: {List(observed.Protocols)} was issued but is not in the reply; the bot said {ScenarioText.Quote(observed.RepliesText)}");
        }
    }

    private static void Delivered(ScenarioDeliveryExpectation expect, TurnObservation observed, List<string> failures)
    {
        var onChannel = observed.Delivered.Where(m => expect.Channel is null || string.Equals(m.Channel, expect.Channel, StringComparison.OrdinalIgnoreCase)).ToList();
        if (onChannel.Any(m => expect.Contains.All(s => ScenarioText.Contains(m.Text, s))))
        {
            return;
        }

        var wanted = $"a message{(expect.Channel is null ? string.Empty : $" on {expect.Channel}")} containing {string.Join(", ", expect.Contains.Select(s => ScenarioText.Quote(s)))}";
        var got = observed.Delivered.Count == 0
            ? "nothing was sent in this turn"
            : "sent " + string.Join(", ", observed.Delivered.Select(m => $"{m.Channel}: {ScenarioText.Quote(m.Text, 120)}"));
        failures.Add($"delivered: expected {wanted}; {got}");
    }

    private static void Logged(ScenarioLogExpectation expect, TurnObservation observed, List<string> failures)
    {
        if (observed.Conversation?.CustomerId is not { } customer)
        {
            failures.Add($"logged: expected an interaction with reason {expect.Reason}; the conversation's customer is not identified");
        }
        else if (!observed.InteractionReasons.Contains(expect.Reason, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"logged: expected an interaction with reason {expect.Reason} on customer {customer}; found {List(observed.InteractionReasons)}");
        }
    }

    private static void FollowUp(ScenarioFollowUpExpectation expect, TurnObservation observed, List<string> failures)
    {
        var matching = observed.FollowUps.Where(f => string.Equals(f.Status, expect.Status, StringComparison.OrdinalIgnoreCase)
            && (expect.Channel is null || string.Equals(f.Channel, expect.Channel, StringComparison.OrdinalIgnoreCase))).ToList();
        var found = observed.FollowUps.Count == 0
            ? "the customer has no follow-up"
            : "found " + string.Join(", ", observed.FollowUps.Select(f => $"{f.ScheduleId}: {f.Status} on {f.Channel}{(f.ScheduleEnded ? ", schedule ended" : "")}{(f.LoggedWithoutAnswer ? ", logged without answer" : "")}"));
        if (matching.Count == 0)
        {
            failures.Add($"follow_up: expected one {expect.Status}{(expect.Channel is null ? "" : $" on {expect.Channel}")}; {found}");
        }
        else if (expect.Status == "unanswered" && !matching.Any(f => f.ScheduleEnded && f.LoggedWithoutAnswer))
        {
            failures.Add($"follow_up: unanswered requires the contact logged without answer (R1) and the schedule ended (R5); {found}");
        }
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A quote's total and lines, from a <see cref="Domain.Catalogue.Quote"/> or its JSON form.</summary>
    private sealed record QuoteView(decimal Total, IReadOnlyList<(string Product, decimal Quantity)> Lines)
    {
        public static QuoteView? From(object? data)
        {
            if (data is Quote quote)
            {
                return new QuoteView(quote.Total, [.. quote.Lines.Select(l => (l.ProductCode, l.Quantity))]);
            }

            if (EventData.Property(data, "total") is not { ValueKind: JsonValueKind.Number } total)
            {
                return null;
            }

            var lines = EventData.Property(data, "lines") is { ValueKind: JsonValueKind.Array } array
                ? array.EnumerateArray()
                    .Select(l => (Product: EventData.Text(l, "productCode") ?? string.Empty, Quantity: EventData.Property(l, "quantity")?.GetDecimal() ?? 0))
                    .ToList()
                : [];
            return new QuoteView(total.GetDecimal(), lines);
        }

        public override string ToString() =>
            $"total {Money(Total)} with " + string.Join(", ", Lines.Select(l => $"{l.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} × {l.Product}"));
    }
}
