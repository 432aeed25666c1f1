namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>A file holds one scenario, or a list under <c>scenarios:</c>.</summary>
public sealed class ScenarioListTests
{
    [Fact]
    public void Scenarios_list_yields_each_scenario_with_its_own_world_and_line()
    {
        var document = ScenarioTestData.Parse("""
            scenarios:
              - name: first
                now: 2026-03-10T10:00:00-03:00
                world:
                  agents: [{ id: ana, team: sales }]
                turns:
                  - agent: ana
                    accept: true
              - name: second
                now: 2026-03-11
                turns:
                  - wait: 1d
            """, "list.yaml");

        Assert.Equal("list.yaml", document.Path);
        Assert.Equal(["first", "second"], document.Scenarios.Select(s => s.Name));
        Assert.Equal([2, 9], document.Scenarios.Select(s => s.SourceLine));
        Assert.Single(document.Scenarios[0].World.Agents);
        Assert.Empty(document.Scenarios[1].World.Agents);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 0, 0, TimeSpan.FromHours(-3)), document.Scenarios[1].Now);
    }

    [Fact]
    public void Agents_of_one_scenario_are_unknown_in_another()
    {
        var error = ScenarioTestData.Rejects("""
            scenarios:
              - name: first
                now: 2026-03-10
                world:
                  agents: [{ id: ana, team: sales }]
                turns:
                  - wait: 1m
              - name: second
                now: 2026-03-10
                turns:
                  - agent: ana
                    accept: true
            """);

        Assert.Equal(11, error.Line);
        Assert.Contains("scenarios[1].turns[0].agent: unknown agent 'ana'; no agents are declared in world.agents", error.Message);
    }

    [Fact]
    public void Scenario_keys_next_to_scenarios_list_are_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            name: outer
            scenarios:
              - name: inner
                now: 2026-03-10
                turns:
                  - wait: 1m
            """);

        Assert.Equal("name", error.Key);
        Assert.Contains("cannot sit next to 'scenarios:'", error.Message);
    }

    [Fact]
    public void Duplicate_scenario_names_in_a_file_are_rejected()
    {
        var error = ScenarioTestData.Rejects("""
            scenarios:
              - { name: same, now: 2026-03-10, turns: [{ wait: 1m }] }
              - { name: same, now: 2026-03-10, turns: [{ wait: 2m }] }
            """);

        Assert.Equal(3, error.Line);
        Assert.Contains("duplicate scenario name 'same'", error.Message);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var error = ScenarioTestData.Rejects("# nothing here\n");

        Assert.Contains("the file is empty", error.Message);
    }
}
