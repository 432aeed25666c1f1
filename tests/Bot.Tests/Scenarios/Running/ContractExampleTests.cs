using System.Runtime.CompilerServices;
using ContactCentre.Bot.Scenarios.Running;

namespace ContactCentre.Bot.Tests.Scenarios.Running;

/// <summary>The contract's own example (tests/scenarios/contract-example.yaml, run by test.sh) passes as written.</summary>
public sealed class ContractExampleTests
{
    [Fact]
    public async Task The_contract_example_passes()
    {
        var run = await ScenarioFolder.RunAsync(ContractExample());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["PASS Fresh sales schedule sends the customer to its owner", "1 passed, 0 failed"], run.Lines);
    }

    [Fact]
    public void Text_matching_ignores_case_accents_and_kinds_of_space()
    {
        Assert.True(ScenarioText.Contains("Segue o orçamento: Intimação", "INTIMACAO"));
        Assert.True(ScenarioText.Contains("Intimacao", "intimação"));
        Assert.True(ScenarioText.Contains("Total: R$\u00a099,80", "total: r$ 99,80"));
        Assert.True(ScenarioText.Matches("Protocolo 20260310-0001", @"protocolo \d{8}-\d{4}"));
        Assert.True(ScenarioText.Matches("AVALIAÇÃO", "avaliacao"));
        Assert.False(ScenarioText.Contains("boa tarde", "bom dia"));
    }

    [Fact]
    public void The_manual_clock_stands_still_until_advanced()
    {
        var start = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(-3));
        var clock = new ManualClock(start);

        Assert.Equal(start, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(130));
        Assert.Equal(start.AddSeconds(130), clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    private static string ContractExample([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "scenarios", "contract-example.yaml"));
}
