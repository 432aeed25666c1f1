using ContactCentre.Bot.Dialogs.Understanding.Evaluation;
using ContactCentre.Bot.Hosting;
using static ContactCentre.Bot.Tests.Understanding.UnderstandingFixture;

namespace ContactCentre.Bot.Tests.Understanding;

/// <summary>
/// Guards the understanding's quality in CI: the held-out set (sentences the flow's examples were not written
/// from) must stay at 90 % or more with the default flow, and classification must stay fast.
/// </summary>
public sealed class HeldOutEvaluationTests
{
    private static IReadOnlyList<LabelledSentence> HeldOut() =>
        LabelledSentence.ParseTsv(File.ReadAllText(RepositoryFile("tests/nlu/heldout.tsv")));

    [Fact]
    public void HeldOutSet_HasAtLeast300VariedSentences()
    {
        var set = HeldOut();

        Assert.True(set.Count >= 300, $"only {set.Count} sentences");
        Assert.Equal(set.Count, set.Select(s => s.Text).Distinct().Count());
        Assert.True(set.Select(s => s.Intent).Distinct().Count() >= 15, "the set should cover the flow's intents");
    }

    [Fact]
    public void HeldOutSet_DefaultFlow_ReachesNinetyPercent()
    {
        var report = EvaluationReport.Run(DefaultUnderstander.Classifier, HeldOut());

        Assert.True(report.Accuracy >= 0.90, report.Format());
    }

    [Fact]
    public void DevSet_DefaultFlow_ReachesNinetyPercent()
    {
        var set = LabelledSentence.ParseTsv(File.ReadAllText(RepositoryFile("tests/nlu/dev.tsv")));

        var report = EvaluationReport.Run(DefaultUnderstander.Classifier, set);

        Assert.True(report.Accuracy >= 0.90, report.Format());
    }

    /// <remarks>
    /// Quiet, the classifier takes about 0.2–0.4 ms per sentence (`nlu eval` prints the figure). CI runs suites in
    /// parallel on few cores, where wall-clock time can be several times that, so this guards against an
    /// order-of-magnitude regression rather than asserting the quiet figure.
    /// </remarks>
    [Fact]
    public void Classify_StaysFarBelowFiveMillisecondsPerSentence()
    {
        var set = HeldOut();

        // Run warms up before timing; best of three passes, so one busy moment does not fail the build.
        var best = Enumerable.Range(0, 3).Min(_ => EvaluationReport.Run(DefaultUnderstander.Classifier, set).Elapsed.TotalMilliseconds / set.Count);

        Assert.True(best < 5.0, $"{best:0.000} ms per sentence");
    }

    [Fact]
    public async Task NluEvalCommand_PrintsTheTableAndPassesAtTheDefaultMinimum()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["nlu", "eval", RepositoryFile("tests/nlu/heldout.tsv")], output, error, CancellationToken.None);

        Assert.True(code == 0, output.ToString() + error);
        Assert.Contains("precision", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("accuracy:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("PASS", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NluEvalCommand_BelowMin_ExitsOne()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "# a deliberately wrong label\nthanks\tquanto custa a intimação\nprice\tqual o valor\n");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = await CommandLine.RunAsync(["nlu", "eval", file, "--min", "0.9"], output, error, CancellationToken.None);

            Assert.Equal(1, code);
            Assert.Contains("thanks → price", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("50.0 %", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("nlu", "eval")]
    [InlineData("nlu", "eval", "/no/such/file.tsv")]
    [InlineData("nlu", "eval", "x.tsv", "--min", "2")]
    public async Task NluEvalCommand_BadUsage_ExitsTwo(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(args, output, error, CancellationToken.None));
    }

    [Fact]
    public void ParseTsv_LineWithoutTab_NamesTheLine()
    {
        var e = Assert.Throws<FormatException>(() => LabelledSentence.ParseTsv("# c\nprice\tquanto\nsem tab aqui\n"));

        Assert.Contains("Line 3", e.Message, StringComparison.Ordinal);
    }
}
