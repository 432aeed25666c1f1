using System.Text.Json;

namespace ContactCentre.Bot.Tests.Scenarios.Running;

/// <summary>
/// `scenarios run` in-process on small files: invalid files stop everything (exit 2), failures say what was
/// expected and what happened (exit 1), and agent turns, waits and handoffs run through the product's own
/// pipeline, sweeper, agent actions and outbox.
/// </summary>
public sealed class ScenarioRunnerTests : IDisposable
{
    private const string SalesWorld = """
        world:
          products:
            - { code: intimacao, name: Intimação, unit: advogado, price: 49.90, synonyms: [intimações] }
          agents:
            - { id: ana, name: Ana, team: sales, status: available }
            - { id: rui, name: Rui, team: sales, status: available }
            - { id: bia, name: Bia, team: central, status: available }
          customers:
            - id: c1
              name: Escritório Silva
              phones: ["+5511999990001"]
              owner: ana
              schedules:
                - { id: s1, owner: ana, tag: venda-com-contato, product: intimacao, created: 2026-03-09, due: 2026-03-11 }
        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_typo_exits_2_naming_file_line_and_key_and_runs_nothing()
    {
        _folder.Write("a-valid.yaml", """
            name: Valid one
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
            """);
        var typo = _folder.Write("b-typo.yaml", """
            name: Typo
            now: 2026-03-10T10:00:00-03:00
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
                expect:
                  reply: { contians: [Olá] }
            """);

        var run = await ScenarioFolder.RunAsync(_folder.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{typo}:7:", run.Error, StringComparison.Ordinal);
        Assert.Contains("'contians'", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'contains'?", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output); // nothing ran, not even the valid file
    }

    [Fact]
    public async Task A_contact_the_product_refuses_exits_2_before_running()
    {
        var file = _folder.Write("bad-phone.yaml", """
            name: Bad phone
            now: 2026-03-10T10:00:00-03:00
            world:
              customers:
                - { id: c1, phones: ["not a phone"] }
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith($"{file}:1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("world.customers[c1].phones", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Missing_path_or_bad_arguments_exit_2()
    {
        Assert.Equal(2, (await ScenarioFolder.RunAsync()).ExitCode);
        Assert.Equal(2, (await ScenarioFolder.RunAsync(_folder.Path, "--json")).ExitCode);
        Assert.Equal(2, (await ScenarioFolder.RunAsync(_folder.Path, "--jsno", "x.json")).ExitCode);
        var missing = await ScenarioFolder.RunAsync(Path.Combine(_folder.Path, "nope.yaml"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file or folder", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_expectation_prints_expected_and_actual_and_exits_1()
    {
        var file = _folder.Write("failing.yaml", """
            scenarios:
              - name: Asks for a person
                now: 2026-03-10T10:00:00-03:00
                world:
                  agents:
                    - { id: bia, name: Bia, team: central }
                turns:
                  - say: quero falar com um atendente
                    from: { channel: webchat, address: visitor-1 }
                    expect:
                      handoff: { team: central }
              - name: Wrong expectations
                now: 2026-03-10T10:00:00-03:00
                world:
                  agents:
                    - { id: bia, name: Bia, team: central }
                turns:
                  - say: quero falar com um atendente
                    from: { channel: webchat, address: visitor-2 }
                    expect:
                      reply: { contains: [palavra que não existe] }
                      handoff: { team: sales }
                  - wait: 1m
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["PASS Asks for a person", run.Lines[1], "1 passed, 1 failed"], run.Lines);
        var fail = run.Lines[1];
        Assert.StartsWith("FAIL Wrong expectations: turn 1 (line 18, say \"quero falar com um atendente\"): ", fail, StringComparison.Ordinal);
        Assert.Contains("reply.contains: expected \"palavra que não existe\"; the bot said \"", fail, StringComparison.Ordinal);
        Assert.Contains("handoff: expected with team sales (its queue or one of its agents); the conversation is queued for team central", fail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_to_the_schedule_owner_lapses_to_the_team_and_an_agent_takes_it()
    {
        var file = _folder.Write("handoff.yaml", $$"""
            name: Fresh schedule goes to its owner, then to the team
            now: 2026-03-10T10:00:00-03:00
            {{SalesWorld}}
            turns:
              - say: Boa tarde, quanto custa intimação para 2 advogados?
                from: { channel: whatsapp, address: "+5511999990001" }
                expect:
                  handoff: { to: ana }
                  rules: [R6]
              - wait: 130s
                expect:
                  handoff: { team: sales, not: ana }
              - agent: rui
                accept: true
                expect:
                  handoff: { to: rui }
              - say: Oi, tem alguém aí?
                expect:
                  reply: { silent: true }
                  handoff: { to: rui }
              - agent: rui
                say: Olá! Sou o Rui, posso fechar a contratação.
                expect:
                  delivered: { channel: whatsapp, contains: [Rui, contratacao] }
              - agent: rui
                close: true
                expect:
                  handoff: none
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["PASS Fresh schedule goes to its owner, then to the team", "1 passed, 0 failed"], run.Lines);
    }

    [Fact]
    public async Task Handoff_expectations_fail_when_the_wrong_agent_or_team_holds_it()
    {
        var file = _folder.Write("handoff-wrong.yaml", $$"""
            scenarios:
              - name: Owner expected to be skipped too early
                now: 2026-03-10T10:00:00-03:00
                {{Indent(SalesWorld, 4)}}
                turns:
                  - say: Boa tarde, quanto custa intimação para 2 advogados?
                    from: { channel: whatsapp, address: "+5511999990001" }
                    expect:
                      handoff: { team: sales, not: ana }
              - name: Offer still with the owner after 60s
                now: 2026-03-10T10:00:00-03:00
                {{Indent(SalesWorld, 4)}}
                turns:
                  - say: Boa tarde, quanto custa intimação para 2 advogados?
                    from: { channel: whatsapp, address: "+5511999990001" }
                  - wait: 60s
                    expect:
                      handoff: none
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("handoff: expected with team sales (its queue or one of its agents), not ana; the conversation is offered to ana (sales)", run.Lines[0], StringComparison.Ordinal);
        Assert.Contains("turn 2 (line 42, wait 00:01:00): handoff: expected with the bot (none); the conversation is offered to ana (sales)", run.Lines[1], StringComparison.Ordinal);
        Assert.Equal("0 passed, 2 failed", run.Summary);
    }

    [Fact]
    public async Task Declining_the_offer_falls_back_like_a_timeout()
    {
        var file = _folder.Write("decline.yaml", $$"""
            name: Owner declines
            now: 2026-03-10T10:00:00-03:00
            {{SalesWorld}}
            turns:
              - say: Boa tarde, quanto custa intimação para 2 advogados?
                from: { channel: whatsapp, address: "+5511999990001" }
                expect:
                  handoff: { to: ana }
              - agent: ana
                decline: true
                expect:
                  handoff: { team: sales, not: ana }
              - agent: ana
                accept: true
            """);

        var run = await ScenarioFolder.RunAsync(file);

        // The last turn is refused by the product (ana is excluded from the queue): the scenario fails on it.
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("FAIL Owner declines: turn 3 (line 26, agent ana accept): agent ana could not accept (409)", run.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_a_person_goes_to_central_and_the_agent_talks_on_the_customers_channel()
    {
        var file = _folder.Write("human.yaml", """
            name: Central takes a visitor
            now: 2026-03-10T10:00:00-03:00
            world:
              agents:
                - { id: bia, name: Bia, team: central, status: available }
            turns:
              - say: quero falar com um atendente
                from: { channel: webchat, address: visitor-1 }
                expect:
                  handoff: { team: central }
                  reply: { silent: false }
              - agent: bia
                accept: true
                expect:
                  handoff: { team: central }
              - agent: bia
                say: Oi, aqui é a Bia da central.
                expect:
                  delivered: { channel: webchat, contains: [BIA DA CENTRAL] }
              - agent: bia
                close: true
                expect:
                  handoff: none
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Json_report_has_every_turns_replies_events_and_routing_decisions()
    {
        var file = _folder.Write("json.yaml", $$"""
            name: Reported
            now: 2026-03-10T10:00:00-03:00
            {{SalesWorld}}
            turns:
              - say: Boa tarde, quanto custa intimação para 2 advogados?
                from: { channel: whatsapp, address: "+5511999990001" }
              - wait: 130s
              - agent: rui
                accept: true
              - agent: rui
                say: Olá! Sou o Rui.
            """);
        var report = Path.Combine(_folder.Path, "out", "report.json");

        var run = await ScenarioFolder.RunAsync(file, "--json", report);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("passed").GetInt32());
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        var scenario = root.GetProperty("scenarios")[0];
        Assert.Equal("Reported", scenario.GetProperty("name").GetString());
        Assert.True(scenario.GetProperty("passed").GetBoolean());
        var turns = scenario.GetProperty("turns");
        Assert.Equal(4, turns.GetArrayLength());

        var first = turns[0];
        Assert.Equal("say", first.GetProperty("kind").GetString());
        Assert.NotEmpty(first.GetProperty("replies").EnumerateArray());
        Assert.All(first.GetProperty("delivered").EnumerateArray(), d => Assert.Equal("whatsapp", d.GetProperty("channel").GetString()));
        var decision = first.GetProperty("decisions")[0];
        Assert.Equal("agent:ana", decision.GetProperty("target").GetString());
        Assert.Contains("R6", decision.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("s1", decision.GetProperty("facts").GetProperty("schedule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(decision.GetProperty("explanation").GetString()));
        Assert.Equal("offered", first.GetProperty("conversation").GetProperty("holder").GetString());

        var wait = turns[1];
        Assert.Equal("2026-03-10T10:02:10-03:00", wait.GetProperty("clock").GetString());
        Assert.Equal("queued", wait.GetProperty("conversation").GetProperty("holder").GetString());
        Assert.Equal("sales", wait.GetProperty("conversation").GetProperty("team").GetString());

        Assert.Contains(turns[2].GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "handoff");
        var sent = turns[3].GetProperty("delivered")[0];
        Assert.Equal("Olá! Sou o Rui.", sent.GetProperty("text").GetString());
        Assert.Equal("agent", sent.GetProperty("role").GetString());
    }

    private static string Indent(string text, int spaces) =>
        string.Join("\n" + new string(' ', spaces), text.Split('\n'));
}
