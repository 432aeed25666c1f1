using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>Every key of the contract's Expectations table parses into <see cref="ScenarioExpectations"/>.</summary>
public sealed class ExpectationsParsingTests
{
    private const string Header = """
        name: expectations
        now: 2026-03-10T10:00:00-03:00
        world:
          products: [{ code: intimacao, name: Intimação, price: 49.90 }]
          agents: [{ id: ana, team: sales }, { id: rui, team: sales }]
          customers:
            - id: c1
              invoices: [{ number: B-1001, amount: 150.00, due: 2026-02-01 }]
              schedules: [{ id: s1, owner: ana, tag: venda-com-contato, created: 2026-03-09, due: 2026-03-11 }]
        turns:
          - say: oi
            from: { channel: telegram, address: "123" }
            expect:

        """;

    private static ScenarioExpectations Expect(string expectLines) =>
        ScenarioTestData.Parse(Header + expectLines).Scenarios[0].Turns[0].Expect;

    [Fact]
    public void Every_expectation_key_of_the_contract_parses()
    {
        var expect = Expect("""
                  reply: { contains: [boa tarde], matches: "R\\$ ?99,80", not_contains: [erro], silent: false }
                  invoices_mentioned: [B-1001]
                  quote: { total: 99.80, items: [{ product: intimacao, quantity: 2 }] }
                  handoff: { to: ana }
                  rules: [R6, R7]
                  schedule_created: { tag: suporte, due: 2026-03-12, owner: support }
                  schedule_removed: s1
                  commission: { to: rui, rule: R9 }
                  protocol: true
                  delivered: { channel: telegram, contains: [Rui] }
                  logged: { reason: reclamação }
            """);

        Assert.Equal(["boa tarde"], expect.Reply!.Contains);
        Assert.Equal(@"R\$ ?99,80", expect.Reply.Matches);
        Assert.Equal(["erro"], expect.Reply.NotContains);
        Assert.False(expect.Reply.Silent);
        Assert.Equal(["B-1001"], expect.InvoicesMentioned!);
        Assert.Equal(99.80m, expect.Quote!.Total);
        Assert.Equal(new ScenarioQuoteItem { Product = "intimacao", Quantity = 2 }, Assert.Single(expect.Quote.Items));
        Assert.Equal(ScenarioHandoffTarget.Agent, expect.Handoff!.Target);
        Assert.Equal("ana", expect.Handoff.To);
        Assert.Equal(["R6", "R7"], expect.Rules!);
        Assert.Equal(
            new ScenarioScheduleExpectation { Tag = "suporte", Due = new DateOnly(2026, 3, 12), Owner = "support" },
            expect.ScheduleCreated);
        Assert.Equal("s1", expect.ScheduleRemoved);
        Assert.Equal(new ScenarioCommissionExpectation { To = "rui", Rule = "R9" }, expect.Commission);
        Assert.True(expect.Protocol);
        Assert.Equal("telegram", expect.Delivered!.Channel);
        Assert.Equal(["Rui"], expect.Delivered.Contains);
        Assert.Equal(new ScenarioLogExpectation { Reason = "reclamação" }, expect.Logged);
        Assert.False(expect.IsEmpty);
    }

    [Fact]
    public void Handoff_none_means_back_with_the_bot()
    {
        Assert.Same(ScenarioHandoffExpectation.None, Expect("      handoff: none\n").Handoff);
    }

    [Fact]
    public void Handoff_not_only_goes_with_team()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Expect("      handoff: { to: ana, not: rui }\n"));

        Assert.Equal("not", error.Key);
    }

    [Fact]
    public void Reply_silent_true_with_contains_is_contradictory()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Expect("      reply: { silent: true, contains: [x] }\n"));

        Assert.Equal("contains", error.Key);
    }

    [Fact]
    public void Invalid_reply_regex_is_rejected()
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Expect("      reply: { matches: \"(unclosed\" }\n"));

        Assert.Equal("matches", error.Key);
        Assert.Contains("not a valid .NET regular expression", error.Message);
    }

    [Theory]
    [InlineData("      invoices_mentioned: [B-9999]\n", "unknown invoice 'B-9999'")]
    [InlineData("      schedule_removed: s2\n", "unknown schedule 's2'")]
    [InlineData("      commission: { to: bob, rule: R9 }\n", "unknown agent 'bob'")]
    [InlineData("      quote: { items: [{ product: pesquisa }] }\n", "unknown product 'pesquisa'")]
    [InlineData("      handoff: { team: sales, not: bob }\n", "unknown agent 'bob'")]
    public void Expectations_referring_to_undeclared_ids_are_rejected(string expectLines, string problem)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Expect(expectLines));

        Assert.Contains(problem, error.Message);
    }
}
