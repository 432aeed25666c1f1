namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads <c>turns:</c>: customer messages, clock waits and agent actions, carrying <c>from</c> forward.</summary>
internal static class TurnReader
{
    private static readonly string[] TurnKeys = ["say", "from", "wait", "agent", "accept", "decline", "sell", "close", "expect"];
    private static readonly string[] ActionKeys = ["accept", "decline", "say", "sell", "close"];
    private static readonly string[] FromKeys = ["channel", "address"];
    private static readonly string[] SellKeys = ["product", "quantity"];

    /// <summary>Reads the non-empty turn list; agent and product references are checked against <paramref name="index"/>.</summary>
    public static IReadOnlyList<ScenarioTurn> Read(YamlField field, WorldIndex index)
    {
        var items = field.Items();
        if (items.Count == 0)
        {
            throw field.Fail("a scenario needs at least one turn");
        }

        ScenarioSender? from = null;
        var turns = new List<ScenarioTurn>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var map = items[i].Map(TurnKeys);
            var turn = map.Has("agent") ? AgentTurn(map, index) : CustomerOrWaitTurn(map, ref from);
            turns.Add(turn with
            {
                Index = i,
                Line = map.Line,
                Expect = ExpectationsReader.Read(map.Optional("expect"), index),
            });
        }

        return turns.AsReadOnly();
    }

    private static ScenarioTurn CustomerOrWaitTurn(YamlMap map, ref ScenarioSender? from)
    {
        foreach (var action in ActionKeys.Where(key => key != "say"))
        {
            if (map.Optional(action) is { } stray)
            {
                throw stray.Fail($"'{action}' is an agent action; add 'agent: ID' to this turn");
            }
        }

        var say = map.Optional("say");
        var wait = map.Optional("wait");
        if (say is not null && wait is not null)
        {
            throw wait.Fail("a turn has exactly one of say, wait or agent; this one has both say and wait (split it into two turns)");
        }

        if (wait is not null)
        {
            return map.Optional("from") is { } stray
                ? throw stray.Fail("'from' belongs to a customer turn (say), not to a wait")
                : Turn(ScenarioTurnKind.Wait) with { Wait = wait.Duration() };
        }

        if (say is null)
        {
            throw map.Fail(null, "a turn needs exactly one of say, wait or agent");
        }

        var text = say.Text();
        from = map.Optional("from") is { } given
            ? Sender(given.Map(FromKeys))
            : from ?? throw map.Fail("from", "the first customer turn needs 'from: { channel, address }' (later turns reuse it)");
        return Turn(ScenarioTurnKind.Say) with { Say = text, From = from };
    }

    private static ScenarioTurn AgentTurn(YamlMap map, WorldIndex index)
    {
        if (map.Optional("wait") is { } wait)
        {
            throw wait.Fail("a turn has exactly one of say, wait or agent; this one has both agent and wait (split it into two turns)");
        }

        if (map.Optional("from") is { } from)
        {
            throw from.Fail("'from' belongs to a customer turn, not to an agent turn");
        }

        var agent = index.Agent(map.Required("agent"));
        var actions = ActionKeys.Select(map.Optional).OfType<YamlField>().OrderBy(a => a.Value.Start).ToList();
        if (actions.Count == 0)
        {
            throw map.Fail("agent", $"agent turn needs exactly one action: {string.Join(", ", ActionKeys)}");
        }

        if (actions.Count > 1)
        {
            throw actions[1].Fail(
                $"agent turn has exactly one action, found {string.Join(" and ", actions.Select(a => a.Key))} (split it into two turns)");
        }

        return Turn(ScenarioTurnKind.Agent) with { Agent = agent, AgentAction = Action(actions[0], index) };
    }

    private static ScenarioAgentAction Action(YamlField field, WorldIndex index)
    {
        switch (field.Key)
        {
            case "say":
                return new ScenarioAgentAction { Kind = ScenarioAgentActionKind.Say, Text = field.Text() };
            case "sell":
                var sell = field.Map(SellKeys);
                var sale = new ScenarioSale
                {
                    Product = index.Product(sell.Required("product")),
                    Quantity = sell.Optional("quantity")?.PositiveInt() ?? 1,
                };
                return new ScenarioAgentAction { Kind = ScenarioAgentActionKind.Sell, Sale = sale };
            default:
                field.True();
                var kind = field.Key switch
                {
                    "accept" => ScenarioAgentActionKind.Accept,
                    "decline" => ScenarioAgentActionKind.Decline,
                    _ => ScenarioAgentActionKind.Close,
                };
                return new ScenarioAgentAction { Kind = kind };
        }
    }

    private static ScenarioSender Sender(YamlMap map) => new()
    {
        Channel = map.Required("channel").OneOf(ScenarioVocabulary.Channels),
        Address = map.Required("address").Text(),
    };

    private static ScenarioTurn Turn(ScenarioTurnKind kind) =>
        new() { Kind = kind, Index = 0, Line = 0, Expect = ScenarioExpectations.None };
}
