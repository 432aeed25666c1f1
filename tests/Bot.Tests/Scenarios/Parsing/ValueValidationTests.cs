namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>Values must have the right type and format: dates, money, enums, required keys, YAML syntax.</summary>
public sealed class ValueValidationTests
{
    private static string WithCustomer(string customerLines) =>
        "name: v\nnow: 2026-03-10T10:00:00-03:00\nworld:\n  agents: [{ id: ana, team: sales }]\n  customers:\n    - id: c1\n"
        + customerLines + "turns:\n  - wait: 1m\n";

    [Fact]
    public void Bad_date_is_rejected_naming_the_key_and_line()
    {
        var error = ScenarioTestData.Rejects(WithCustomer(
            "      invoices:\n        - { number: B-1, amount: 10.00, due: 2026-02-30 }\n"));

        Assert.Equal("due", error.Key);
        Assert.Equal(8, error.Line);
        Assert.Contains("world.customers[0].invoices[0].due: '2026-02-30' is not a valid ISO 8601 date", error.Message);
    }

    [Fact]
    public void Bad_now_is_rejected()
    {
        var error = ScenarioTestData.Rejects("name: n\nnow: 10/03/2026\nturns:\n  - wait: 1m\n");

        Assert.Equal("now", error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal(6, error.Column);
    }

    [Theory]
    [InlineData("49.999")]
    [InlineData("49,90")]
    [InlineData("-1.00")]
    [InlineData("R$ 10")]
    public void Money_with_more_than_two_decimals_or_foreign_format_is_rejected(string amount)
    {
        var error = ScenarioTestData.Rejects(WithCustomer(
            $"      invoices:\n        - {{ number: B-1, amount: \"{amount}\", due: 2026-02-01 }}\n"));

        Assert.Equal("amount", error.Key);
        Assert.Contains("is not a valid amount of money", error.Message);
    }

    [Fact]
    public void Unknown_agent_as_schedule_owner_is_rejected_listing_agents_and_teams()
    {
        var error = ScenarioTestData.Rejects(WithCustomer(
            "      schedules:\n        - { id: s1, owner: bob, tag: onboarding, created: 2026-03-09, due: 2026-03-11 }\n"));

        Assert.Equal("owner", error.Key);
        Assert.Equal(8, error.Line);
        Assert.Contains(
            "world.customers[0].schedules[0].owner: unknown agent or team 'bob'; declared agents: ana; teams: sales, support, central",
            error.Message);
    }

    [Fact]
    public void Schedule_owner_may_be_a_team()
    {
        var customer = ScenarioTestData.Parse(WithCustomer(
            "      schedules:\n        - { id: s1, owner: support, tag: suporte, created: 2026-03-09, due: 2026-03-11 }\n"))
            .Scenarios[0].World.Customers[0];

        Assert.Equal("support", customer.Schedules[0].Owner);
    }

    [Theory]
    [InlineData("      owner: bob\n", "owner")]
    [InlineData("      status: inactive\n      inactivation: { kind: manual, by: bob, at: 2026-01-05 }\n", "by")]
    public void Unknown_agent_as_customer_owner_or_inactivation_author_is_rejected(string lines, string key)
    {
        var error = ScenarioTestData.Rejects(WithCustomer(lines));

        Assert.Equal(key, error.Key);
        Assert.Contains("unknown agent 'bob'", error.Message);
    }

    [Fact]
    public void Invalid_enum_value_is_rejected_listing_the_allowed_values()
    {
        var error = ScenarioTestData.Rejects(
            "name: e\nnow: 2026-03-10\nworld:\n  agents: [{ id: ana, team: marketing }]\nturns:\n  - wait: 1m\n");

        Assert.Equal("team", error.Key);
        Assert.Contains("'marketing' is not allowed; expected one of sales, support, central", error.Message);
    }

    [Fact]
    public void Invalid_schedule_tag_is_rejected_suggesting_the_closest_tag()
    {
        var error = ScenarioTestData.Rejects(WithCustomer(
            "      schedules:\n        - { id: s1, owner: ana, tag: venda-com-contacto, created: 2026-03-09, due: 2026-03-11 }\n"));

        Assert.Equal("tag", error.Key);
        Assert.EndsWith("did you mean 'venda-com-contato'?", error.Message);
    }

    [Theory]
    [InlineData("now: 2026-03-10\nturns:\n  - wait: 1m\n", "name")]
    [InlineData("name: x\nturns:\n  - wait: 1m\n", "now")]
    [InlineData("name: x\nnow: 2026-03-10\n", "turns")]
    public void Missing_required_key_is_rejected_naming_it(string yaml, string key)
    {
        var error = ScenarioTestData.Rejects(yaml);

        Assert.Equal(key, error.Key);
        Assert.Equal(1, error.Line);
        Assert.Contains($"missing required key '{key}'", error.Message);
    }

    [Fact]
    public void Duplicate_agent_id_is_rejected()
    {
        var error = ScenarioTestData.Rejects(
            "name: d\nnow: 2026-03-10\nworld:\n  agents:\n    - { id: ana, team: sales }\n    - { id: ana, team: support }\nturns:\n  - wait: 1m\n");

        Assert.Equal("id", error.Key);
        Assert.Equal(6, error.Line);
        Assert.Contains("duplicate agent id 'ana' (already declared on line 5)", error.Message);
    }

    [Fact]
    public void Duplicate_schedule_id_across_customers_is_rejected()
    {
        var error = ScenarioTestData.Rejects(WithCustomer(
            "      schedules: [{ id: s1, owner: ana, tag: suporte, created: 2026-03-09, due: 2026-03-11 }]\n"
            + "    - id: c2\n      schedules: [{ id: s1, owner: ana, tag: suporte, created: 2026-03-09, due: 2026-03-11 }]\n"));

        Assert.Contains("duplicate schedule id 's1'", error.Message);
    }

    [Fact]
    public void Wrong_type_is_rejected_naming_what_was_found()
    {
        var error = ScenarioTestData.Rejects("name: [a, b]\nnow: 2026-03-10\nturns:\n  - wait: 1m\n");

        Assert.Equal("name", error.Key);
        Assert.Contains("name: expected a text, found a list", error.Message);
    }

    [Fact]
    public void Yaml_syntax_error_reports_its_line()
    {
        var error = ScenarioTestData.Rejects("""
            name: broken
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: "unterminated
                from: { channel: webchat, address: v1 }
            """);

        Assert.Equal("test.yaml", error.File);
        Assert.True(error.Line >= 4, $"line {error.Line}");
        Assert.Matches(@"^test\.yaml:\d+:\d+: YAML syntax error", error.Message);
    }

    [Fact]
    public void Yaml_syntax_error_from_bad_indentation_reports_the_offending_line()
    {
        var error = ScenarioTestData.Rejects("name: broken\nnow: 2026-03-10\nturns:\n  - wait: 1m\n - wait: 2m\n");

        Assert.Equal(5, error.Line);
        Assert.Null(error.Key);
        Assert.StartsWith("test.yaml:5:", error.Message);
    }

    [Fact]
    public void Unclosed_bracket_reports_a_line_instead_of_an_internal_error()
    {
        var error = ScenarioTestData.Rejects("name: broken\nnow: 2026-03-10\nturns: [1, 2\nworld: {}\n");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("test.yaml:3:", error.Message);
        Assert.Contains("YAML syntax error", error.Message);
    }

    [Fact]
    public void Duplicate_key_in_a_mapping_is_rejected()
    {
        var error = ScenarioTestData.Rejects("name: a\nname: b\nnow: 2026-03-10\nturns:\n  - wait: 1m\n");

        Assert.Equal("name", error.Key);
        Assert.Equal(2, error.Line);
    }
}
