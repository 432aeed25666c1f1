using System.Runtime.CompilerServices;

namespace ContactCentre.Bot.Tests.Scenarios.Running;

/// <summary>Quote, schedule, protocol, commission and log expectations read what the product did in the turn; flow: runs a draft.</summary>
public sealed class ExpectationTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Quote_schedule_protocol_commission_and_log_expectations_pass_on_what_the_product_did()
    {
        var file = _folder.Write("expectations.yaml", """
            scenarios:
              - name: Quote for a known customer without schedule
                now: 2026-03-10T10:00:00-03:00
                world:
                  products:
                    - { code: intimacao, name: Intimação, unit: advogado, price: 49.90, synonyms: [intimações] }
                  agents:
                    - { id: ana, name: Ana, team: sales }
                  customers:
                    - { id: c2, name: Souza, phones: ["+5511999990002"], owner: ana }
                turns:
                  - say: quanto custa intimação para 2 advogados?
                    from: { channel: whatsapp, address: "+5511999990002" }
                    expect:
                      reply: { contains: [INTIMACAO, "r$ 99,80"], matches: 'total:\s*r\$ 99,80', not_contains: [B-1001] }
                      quote: { total: 99.80, items: [{ product: intimacao, quantity: 2 }] }
                      schedule_created: { tag: venda-com-contato, due: 2026-03-12, owner: sales }
                      rules: [R7]
                      invoices_mentioned: []
                      handoff: none
              - name: Complaint gets a protocol
                now: 2026-03-10T10:00:00-03:00
                world:
                  agents:
                    - { id: sam, name: Sam, team: support }
                  customers:
                    - { id: c3, name: Lima, emails: [lima@example.com] }
                turns:
                  - say: quero fazer uma reclamação, vocês perderam minha intimação
                    from: { channel: email, address: Lima@Example.com }
                    expect:
                      protocol: true
                      handoff: { team: support }
                      rules: [R16]
              - name: Sale with commission
                now: 2026-03-10T10:00:00-03:00
                world:
                  products:
                    - { code: intimacao, name: Intimação, unit: advogado, price: 49.90 }
                  agents:
                    - { id: ana, name: Ana, team: sales }
                  customers:
                    - id: c1
                      phones: ["+5511999990001"]
                      owner: ana
                      schedules:
                        - { id: s1, owner: ana, tag: venda-com-contato, product: intimacao, created: 2026-03-09, due: 2026-03-11 }
                turns:
                  - say: quanto custa intimação?
                    from: { channel: whatsapp, address: "+5511999990001" }
                    expect: { handoff: { to: ana } }
                  - agent: ana
                    accept: true
                  - agent: ana
                    sell: { product: intimacao, quantity: 2 }
                    expect:
                      commission: { to: ana, rule: R14 }
                      schedule_removed: s1
                      logged: { reason: sale }
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("3 passed, 0 failed", run.Summary);
    }

    [Fact]
    public async Task Wrong_quote_commission_and_protocol_expectations_say_what_happened()
    {
        var file = _folder.Write("wrong.yaml", """
            name: Wrong numbers
            now: 2026-03-10T10:00:00-03:00
            world:
              products:
                - { code: intimacao, name: Intimação, unit: advogado, price: 49.90 }
              agents:
                - { id: ana, name: Ana, team: sales }
              customers:
                - { id: c2, phones: ["+5511999990002"] }
            turns:
              - say: quanto custa intimação para 2 advogados?
                from: { channel: whatsapp, address: "+5511999990002" }
                expect:
                  quote: { total: 10.00 }
                  protocol: true
                  commission: { to: ana, rule: R14 }
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = run.Lines[0];
        Assert.Contains("quote: expected total 10.00; got total 99.80 with 2 × intimacao", line, StringComparison.Ordinal);
        Assert.Contains("protocol: expected a complaint protocol number; none was issued in this turn", line, StringComparison.Ordinal);
        Assert.Contains("commission: expected to ana by R14; no sale was closed in this turn", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_runs_a_draft_flow_file_next_to_the_scenario_and_folders_skip_flow_files()
    {
        var draft = (await File.ReadAllTextAsync(DefaultFlowFile())).Replace("Sou o assistente virtual", "Sou o assistente RASCUNHO", StringComparison.Ordinal);
        _folder.Write("drafts/draft.flow.yaml", draft);
        _folder.Write("draft.yaml", """
            name: Draft welcome
            now: 2026-03-10T10:00:00-03:00
            flow: drafts/draft.flow.yaml
            turns:
              - say: oi
                from: { channel: telegram, address: "12345" }
                expect:
                  reply: { contains: [assistente rascunho] }
            """);
        _folder.Write("default.yaml", """
            name: Default welcome
            now: 2026-03-10T10:00:00-03:00
            flow: default
            turns:
              - say: oi
                from: { channel: telegram, address: "12345" }
                expect:
                  reply: { contains: [assistente virtual], not_contains: [rascunho] }
            """);

        var run = await ScenarioFolder.RunAsync(_folder.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2 passed, 0 failed", run.Summary);
    }

    [Fact]
    public async Task A_missing_flow_file_exits_2()
    {
        var file = _folder.Write("missing-flow.yaml", """
            name: Missing flow
            now: 2026-03-10T10:00:00-03:00
            flow: drafts/nope.flow.yaml
            turns:
              - say: oi
                from: { channel: webchat, address: v1 }
            """);

        var run = await ScenarioFolder.RunAsync(file);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("flow 'drafts/nope.flow.yaml': no such flow file", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    private static string DefaultFlowFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "..", "src", "Bot", "Flows", "default.flow.yaml"));
}
