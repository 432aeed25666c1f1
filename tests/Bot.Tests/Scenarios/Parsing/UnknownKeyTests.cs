namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>A key the contract does not know is an error naming file, line and key, with the closest known key.</summary>
public sealed class UnknownKeyTests
{
    [Fact]
    public void Typo_under_reply_names_file_line_key_and_suggests_contains()
    {
        var error = ScenarioTestData.Rejects(
            """
            name: typo
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
                expect:
                  reply:
                    contians: [boa tarde]
            """,
            "scenarios/typo.yaml");

        Assert.Equal("scenarios/typo.yaml", error.File);
        Assert.Equal(8, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Equal("contians", error.Key);
        Assert.Equal(
            "scenarios/typo.yaml:8:9: unknown key 'contians' in turns[0].expect.reply; did you mean 'contains'?",
            error.Message);
    }

    [Fact]
    public void Unknown_top_level_key_is_rejected_listing_the_known_keys()
    {
        var error = ScenarioTestData.Rejects("""
            name: top
            now: 2026-03-10T10:00:00-03:00
            colour: blue
            turns:
              - wait: 1m
            """);

        Assert.Equal("colour", error.Key);
        Assert.Equal(3, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("unknown key 'colour' in the scenario; known keys here:", error.Message);
        Assert.Contains("turns", error.Message);
    }

    [Fact]
    public void Misspelt_top_level_key_suggests_the_closest_known_key()
    {
        var error = ScenarioTestData.Rejects("""
            name: top
            now: 2026-03-10T10:00:00-03:00
            trns:
              - wait: 1m
            """);

        Assert.Equal("trns", error.Key);
        Assert.EndsWith("did you mean 'turns'?", error.Message);
    }

    [Theory]
    [InlineData("world:\n  prodcts: []\n", "prodcts", "products")]
    [InlineData("world:\n  products:\n    - { code: p, name: P, prize: 1.00 }\n", "prize", "price")]
    [InlineData("world:\n  customers:\n    - { id: c1, phone: [\"+55\"] }\n", "phone", "phones")]
    [InlineData("world:\n  customers:\n    - id: c1\n      invoices: [{ number: B1, amount: 1.00, due: 2026-01-01, stats: paid }]\n", "stats", "status")]
    [InlineData("world:\n  customers:\n    - id: c1\n      schedules: [{ id: s1, owner: sales, tag: suporte, created: 2026-01-01, due: 2026-01-02, validate: true }]\n", "validate", "validated")]
    public void Unknown_key_inside_world_is_rejected_with_suggestion(string world, string key, string suggestion)
    {
        var error = ScenarioTestData.Rejects(
            "name: w\nnow: 2026-03-10T10:00:00-03:00\n" + world + "turns:\n  - wait: 1m\n");

        Assert.Equal(key, error.Key);
        Assert.Contains($"unknown key '{key}'", error.Message);
        Assert.EndsWith($"did you mean '{suggestion}'?", error.Message);
    }

    [Theory]
    [InlineData("    waitt: 1m\n", "waitt", "wait")]
    [InlineData("    expect: { handof: none }\n", "handof", "handoff")]
    [InlineData("    expect: { handoff: { team: sales, nto: ana } }\n", "nto", "not")]
    [InlineData("    expect: { schedule_created: { tag: suporte, due: 2026-03-11, ownr: sales } }\n", "ownr", "owner")]
    [InlineData("    expect: { delivered: { chanel: email, contains: [x] } }\n", "chanel", "channel")]
    [InlineData("    expect: { quote: { items: [{ product: p, quantiy: 2 }] } }\n", "quantiy", "quantity")]
    public void Unknown_key_in_a_turn_or_nested_expectation_is_rejected_with_suggestion(string turnTail, string key, string suggestion)
    {
        var error = ScenarioTestData.Rejects(
            "name: t\nnow: 2026-03-10T10:00:00-03:00\nworld:\n  agents: [{ id: ana, team: sales }]\n  products: [{ code: p, name: P, price: 1.00 }]\n"
            + "turns:\n  - wait: 1m\n" + turnTail);

        Assert.Equal(key, error.Key);
        Assert.Equal(8, error.Line);
        Assert.EndsWith($"did you mean '{suggestion}'?", error.Message);
    }

    [Fact]
    public void Reply_key_written_directly_under_expect_points_to_reply()
    {
        var error = ScenarioTestData.Rejects("""
            name: misplaced
            now: 2026-03-10T10:00:00-03:00
            turns:
              - wait: 1m
                expect:
                  contains: [x]
            """);

        Assert.Equal("contains", error.Key);
        Assert.Contains("'contains' belongs under 'reply'", error.Message);
    }

    [Fact]
    public void Project_extension_keys_description_and_language_are_accepted()
    {
        var scenario = ScenarioTestData.Parse("""
            name: extended
            description: checks the project's extra keys
            language: pt-BR
            now: 2026-03-10T10:00:00-03:00
            turns:
              - wait: 1m
            """).Scenarios[0];

        Assert.Equal("checks the project's extra keys", scenario.Description);
        Assert.Equal("pt-BR", scenario.Language);
    }
}
