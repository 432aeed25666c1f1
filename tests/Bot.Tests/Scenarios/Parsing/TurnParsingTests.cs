using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>Rules for turns: carrying <c>from</c>, one thing per turn, one action per agent turn.</summary>
public sealed class TurnParsingTests
{
    private const string World = """
        world:
          agents:
            - { id: ana, name: Ana, team: sales, status: available }
          products:
            - { code: pesquisa, name: Pesquisa, unit: pesquisa, price: 15.00 }
        """;

    [Fact]
    public void From_is_carried_forward_to_later_customer_turns_until_a_new_one_is_given()
    {
        var turns = ScenarioTestData.Parse("""
            name: carry
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: oi
                from: { channel: whatsapp, address: "+5511999990001" }
              - wait: 2m
              - say: tudo bem?
              - say: agora por email
                from: { channel: email, address: silva@example.com }
              - say: de novo
            """).Scenarios[0].Turns;

        var whatsapp = new ScenarioSender { Channel = "whatsapp", Address = "+5511999990001" };
        var email = new ScenarioSender { Channel = "email", Address = "silva@example.com" };
        Assert.Equal(whatsapp, turns[0].From);
        Assert.Null(turns[1].From);
        Assert.Equal(whatsapp, turns[2].From);
        Assert.Equal(email, turns[3].From);
        Assert.Equal(email, turns[4].From);
    }

    [Fact]
    public void First_customer_turn_without_from_is_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            name: no sender
            now: 2026-03-10T10:00:00-03:00
            turns:
              - wait: 1h
              - say: oi
            """);

        Assert.Equal(5, error.Line);
        Assert.Equal("from", error.Key);
        Assert.Contains("first customer turn needs 'from", error.Message);
    }

    [Fact]
    public void Wait_accepts_seconds_minutes_hours_and_days()
    {
        var turns = ScenarioTestData.Parse("""
            name: waits
            now: 2026-03-10
            turns:
              - wait: 130s
              - wait: 2m
              - wait: 1h
              - wait: 3d
            """).Scenarios[0].Turns;

        Assert.Equal(
            [TimeSpan.FromSeconds(130), TimeSpan.FromMinutes(2), TimeSpan.FromHours(1), TimeSpan.FromDays(3)],
            turns.Select(t => t.Wait!.Value));
    }

    [Fact]
    public void Bad_duration_is_rejected_naming_the_wait_key()
    {
        var error = ScenarioTestData.Rejects("""
            name: bad wait
            now: 2026-03-10T10:00:00-03:00
            turns:
              - wait: 2 minutes
            """);

        Assert.Equal("wait", error.Key);
        Assert.Equal(4, error.Line);
        Assert.Equal(11, error.Column);
        Assert.StartsWith("test.yaml:4:11: turns[0].wait: '2 minutes' is not a valid duration", error.Message);
    }

    [Fact]
    public void Agent_turn_with_two_actions_is_rejected_at_the_second_action()
    {
        var error = ScenarioTestData.Rejects($"""
            name: two actions
            now: 2026-03-10T10:00:00-03:00
            {World}
            turns:
              - agent: ana
                accept: true
                say: Olá!
            """);

        Assert.Equal("say", error.Key);
        Assert.Equal(11, error.Line);
        Assert.Contains("exactly one action, found accept and say", error.Message);
    }

    [Fact]
    public void Agent_turn_without_action_is_rejected()
    {
        var error = ScenarioTestData.Rejects($"""
            name: no action
            now: 2026-03-10T10:00:00-03:00
            {World}
            turns:
              - agent: ana
            """);

        Assert.Equal(9, error.Line);
        Assert.Contains("needs exactly one action", error.Message);
    }

    [Fact]
    public void Turn_with_both_say_and_wait_is_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            name: both
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
                wait: 1m
            """);

        Assert.Equal("wait", error.Key);
        Assert.Contains("exactly one of say, wait or agent", error.Message);
    }

    [Fact]
    public void Turn_with_none_of_say_wait_agent_is_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            name: empty turn
            now: 2026-03-10T10:00:00-03:00
            turns:
              - expect: { protocol: true }
            """);

        Assert.Equal(4, error.Line);
        Assert.Contains("needs exactly one of say, wait or agent", error.Message);
    }

    [Fact]
    public void Agent_action_without_agent_is_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            name: stray accept
            now: 2026-03-10T10:00:00-03:00
            turns:
              - accept: true
            """);

        Assert.Equal("accept", error.Key);
        Assert.Contains("add 'agent: ID'", error.Message);
    }

    [Fact]
    public void Agent_turn_naming_an_undeclared_agent_is_rejected()
    {
        var error = ScenarioTestData.Rejects($"""
            name: ghost
            now: 2026-03-10T10:00:00-03:00
            {World}
            turns:
              - agent: anna
                close: true
            """);

        Assert.Equal("agent", error.Key);
        Assert.Contains("unknown agent 'anna'; declared agents: ana; did you mean 'ana'?", error.Message);
    }

    [Fact]
    public void Sell_defaults_quantity_to_one_and_every_agent_action_parses()
    {
        var turns = ScenarioTestData.Parse($"""
            name: actions
            now: 2026-03-10T10:00:00-03:00
            {World}
            turns:
              - agent: ana
                accept: true
              - agent: ana
                decline: true
              - agent: ana
                say: Olá
              - agent: ana
                sell:
                  product: pesquisa
              - agent: ana
                sell:
                  product: pesquisa
                  quantity: 3
              - agent: ana
                close: true
            """).Scenarios[0].Turns;

        Assert.Equal(
            [
                ScenarioAgentActionKind.Accept, ScenarioAgentActionKind.Decline, ScenarioAgentActionKind.Say,
                ScenarioAgentActionKind.Sell, ScenarioAgentActionKind.Sell, ScenarioAgentActionKind.Close,
            ],
            turns.Select(t => t.AgentAction!.Kind));
        Assert.Equal("Olá", turns[2].AgentAction!.Text);
        Assert.Equal(new ScenarioSale { Product = "pesquisa", Quantity = 1 }, turns[3].AgentAction!.Sale);
        Assert.Equal(new ScenarioSale { Product = "pesquisa", Quantity = 3 }, turns[4].AgentAction!.Sale);
    }
}
