using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Dialogs.Understanding.Evaluation;
using ContactCentre.Bot.Hosting;
using static ContactCentre.Bot.Tests.Understanding.UnderstandingFixture;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>
/// The English and pt-PT flows' understanding on held-out sets written independently of their examples
/// (tests/nlu/heldout.en.tsv, heldout.pt-PT.tsv): at least 100 varied sentences each, at 90 % or more.
/// </summary>
public sealed class LanguageHeldOutTests
{
    public static TheoryData<string, string> Sets => new() { { "tests/nlu/heldout.en.tsv", "default.en" }, { "tests/nlu/heldout.pt-PT.tsv", "default.pt-PT" } };

    [Theory]
    [MemberData(nameof(Sets))]
    public void HeldOutSet_HasAtLeast100VariedSentencesOverTheFlowsIntents(string file, string flow)
    {
        var set = LabelledSentence.ParseTsv(File.ReadAllText(RepositoryFile(file)));
        var intents = Understander.LoadDefault(flow: flow).Classifier;

        Assert.True(set.Count >= 100, $"only {set.Count} sentences");
        Assert.Equal(set.Count, set.Select(s => s.Text).Distinct().Count());
        Assert.True(set.Select(s => s.Intent).Distinct().Count() >= 15, "the set should cover the flow's intents");
        Assert.NotNull(intents);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void HeldOutSet_ItsLanguagesFlow_ReachesNinetyPercent(string file, string flow)
    {
        var set = LabelledSentence.ParseTsv(File.ReadAllText(RepositoryFile(file)));

        var report = EvaluationReport.Run(Understander.LoadDefault(flow: flow).Classifier, set);

        Assert.True(report.Accuracy >= 0.90, report.Format());
    }

    [Fact]
    public void HeldOutSet_SentencesAreNotTheFlowsExamples()
    {
        foreach (var (file, flow) in new[] { ("tests/nlu/heldout.en.tsv", "default.en"), ("tests/nlu/heldout.pt-PT.tsv", "default.pt-PT") })
        {
            var examples = ContactCentre.Bot.Flows.FlowParser.LoadEmbedded(flow).Intents.SelectMany(i => i.Value).Select(TextNormalizer.Normalize).ToHashSet();
            var copied = LabelledSentence.ParseTsv(File.ReadAllText(RepositoryFile(file))).Where(s => examples.Contains(TextNormalizer.Normalize(s.Text))).ToList();

            Assert.True(copied.Count <= 3, $"{file}: {string.Join(" | ", copied.Select(c => c.Text))}");
        }
    }

    [Fact]
    public async Task NluEvalCommand_ReadsTheSetsLanguageLine_AndUsesThatLanguagesFlow()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["nlu", "eval", RepositoryFile("tests/nlu/heldout.en.tsv")], output, error, CancellationToken.None);

        Assert.True(code == 0, output.ToString() + error);
        Assert.Contains("flow: default.en (en)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("PASS", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NluEvalCommand_LanguageOption_PicksTheFlow_AndAnUnofferedLanguageIsBadUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["nlu", "eval", RepositoryFile("tests/nlu/heldout.pt-PT.tsv"), "--language", "pt-PT"], output, error, CancellationToken.None);
        var wrong = await CommandLine.RunAsync(["nlu", "eval", RepositoryFile("tests/nlu/heldout.pt-PT.tsv"), "--language", "de"], TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.True(code == 0, output.ToString() + error);
        Assert.Contains("flow: default.pt-PT (pt-PT)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, wrong);
    }
}
