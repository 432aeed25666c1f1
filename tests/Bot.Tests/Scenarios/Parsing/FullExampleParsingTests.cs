using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>The complete example of docs/scenario-format.md (copied verbatim to Data/full-example.yaml) parses into the expected model.</summary>
public sealed class FullExampleParsingTests
{
    private static readonly string ExamplePath = ScenarioTestData.DataPath("full-example.yaml");
    private static readonly TimeSpan BrazilOffset = TimeSpan.FromHours(-3);

    private static Scenario Example()
    {
        var document = ScenarioParser.ParseFile(ExamplePath, ScenarioTestData.SaoPaulo);
        Assert.Equal(ExamplePath, document.Path);
        return Assert.Single(document.Scenarios);
    }

    [Fact]
    public void Contract_example_has_name_clock_flow_and_source()
    {
        var scenario = Example();

        Assert.Equal("Fresh sales schedule sends the customer to its owner", scenario.Name);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, BrazilOffset), scenario.Now);
        Assert.Equal(BrazilOffset, scenario.Now.Offset);
        Assert.Equal("default", scenario.Flow);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(ExamplePath)!, "default"), scenario.FlowPath);
        Assert.Null(scenario.Description);
        Assert.Null(scenario.Language);
        Assert.Equal(ExamplePath, scenario.SourceFile);
        Assert.Equal(1, scenario.SourceLine);
    }

    [Fact]
    public void Contract_example_world_has_products_and_agents()
    {
        var world = Example().World;

        Assert.Equal(
            [
                new ScenarioProduct { Code = "intimacao", Name = "Intimação", Unit = "advogado", Price = 49.90m },
                new ScenarioProduct { Code = "pesquisa", Name = "Pesquisa", Unit = "pesquisa", Price = 15.00m },
            ],
            world.Products.Select(p => p with { Synonyms = [] }));
        Assert.Equal(["intimações"], world.Products[0].Synonyms);
        Assert.Empty(world.Products[1].Synonyms);
        Assert.Equal(
            [
                new ScenarioAgent { Id = "ana", Name = "Ana", Team = "sales", Status = "available" },
                new ScenarioAgent { Id = "rui", Name = "Rui", Team = "sales", Status = "available" },
            ],
            world.Agents);
        Assert.Empty(world.Knowledge);
        Assert.Empty(world.Parameters);
        Assert.Empty(world.Holidays);
    }

    [Fact]
    public void Contract_example_customer_has_invoice_and_schedule()
    {
        var customer = Assert.Single(Example().World.Customers);

        Assert.Equal("c1", customer.Id);
        Assert.Equal("Escritório Silva", customer.Name);
        Assert.Equal(["+5511999990001"], customer.Phones);
        Assert.Equal(["silva@example.com"], customer.Emails);
        Assert.Equal("11.222.333/0001-81", customer.Document);
        Assert.Equal("active", customer.Status);
        Assert.Equal("ana", customer.Owner);
        Assert.Null(customer.Inactivation);
        Assert.False(customer.Campaign);
        Assert.Equal(
            new ScenarioInvoice { Number = "B-1001", Amount = 150.00m, Due = new DateOnly(2026, 2, 1), Status = "open" },
            Assert.Single(customer.Invoices));
        Assert.Equal(
            new ScenarioSchedule
            {
                Id = "s1",
                Owner = "ana",
                Tag = "venda-com-contato",
                Product = "intimacao",
                Created = new DateOnly(2026, 3, 9),
                Due = new DateOnly(2026, 3, 11),
                Validated = false,
            },
            Assert.Single(customer.Schedules));
    }

    [Fact]
    public void Contract_example_first_turn_is_a_whatsapp_message_with_expectations()
    {
        var turn = Example().Turns[0];

        Assert.Equal(ScenarioTurnKind.Say, turn.Kind);
        Assert.Equal(0, turn.Index);
        Assert.Equal(27, turn.Line);
        Assert.Equal("Boa tarde, quanto custa intimação para 2 advogados?", turn.Say);
        Assert.Equal(new ScenarioSender { Channel = "whatsapp", Address = "+5511999990001" }, turn.From);
        Assert.Null(turn.Wait);
        Assert.Null(turn.Agent);
        Assert.Null(turn.AgentAction);

        var expect = turn.Expect;
        Assert.Equal(["B-1001"], expect.Reply!.Contains);
        Assert.Null(expect.Reply.Matches);
        Assert.Empty(expect.Reply.NotContains);
        Assert.Null(expect.Reply.Silent);
        Assert.Equal(["B-1001"], expect.InvoicesMentioned!);
        Assert.Equal(new ScenarioHandoffExpectation { Target = ScenarioHandoffTarget.Agent, To = "ana" }, expect.Handoff);
        Assert.Equal(["R6"], expect.Rules!);
        Assert.Null(expect.Quote);
        Assert.Null(expect.ScheduleCreated);
        Assert.Null(expect.Delivered);
    }

    [Fact]
    public void Contract_example_wait_turn_advances_130_seconds_and_expects_team_without_ana()
    {
        var turn = Example().Turns[1];

        Assert.Equal(ScenarioTurnKind.Wait, turn.Kind);
        Assert.Equal(34, turn.Line);
        Assert.Equal(TimeSpan.FromSeconds(130), turn.Wait);
        Assert.Null(turn.From);
        Assert.Equal(
            new ScenarioHandoffExpectation { Target = ScenarioHandoffTarget.Team, Team = "sales", Not = "ana" },
            turn.Expect.Handoff);
    }

    [Fact]
    public void Contract_example_agent_turns_accept_then_say_with_delivery_expectation()
    {
        var turns = Example().Turns;
        Assert.Equal(4, turns.Count);

        var accept = turns[2];
        Assert.Equal(ScenarioTurnKind.Agent, accept.Kind);
        Assert.Equal(37, accept.Line);
        Assert.Equal("rui", accept.Agent);
        Assert.Equal(new ScenarioAgentAction { Kind = ScenarioAgentActionKind.Accept }, accept.AgentAction);
        Assert.True(accept.Expect.IsEmpty);

        var say = turns[3];
        Assert.Equal(ScenarioTurnKind.Agent, say.Kind);
        Assert.Equal(39, say.Line);
        Assert.Equal("rui", say.Agent);
        Assert.Equal(
            new ScenarioAgentAction { Kind = ScenarioAgentActionKind.Say, Text = "Olá! Sou o Rui, posso fechar a contratação." },
            say.AgentAction);
        Assert.Null(say.Say);
        var delivered = say.Expect.Delivered!;
        Assert.Equal("whatsapp", delivered.Channel);
        Assert.Equal(["Rui"], delivered.Contains);
    }
}
