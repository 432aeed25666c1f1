using System.Globalization;

namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>
/// <c>nlu eval FILE [--min 0.9] [--flow FLOW.yaml] [--language LANG]</c>: classifies a labelled TSV set with the
/// default flow of the set's language (<c>--language</c>, else a <c># language: en</c> line in the file, else
/// pt-BR; <c>default.en</c>, <c>default.pt-PT</c>) or the given flow file, and prints per-intent precision and recall, the confusions and the overall
/// accuracy. Exit code 0 when accuracy ≥ min, 1 below it, 2 for bad usage or an unreadable file.
/// </summary>
public static class NluCommand
{
    public const string Usage = "usage: nlu eval FILE [--min 0.9] [--flow FLOW.yaml] [--language pt-BR|pt-PT|en]   (FILE: intent<TAB>sentence per line, '#' comments, '# language: en' picks the flow, 'none' = no intent)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? file = null, flowFile = null, language = null;
        var min = 0.9;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--min" when i + 1 < args.Count && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1:
                    min = value;
                    i++;
                    break;
                case "--flow" when i + 1 < args.Count:
                    flowFile = args[++i];
                    break;
                case "--language" when i + 1 < args.Count && Languages.Language.IsOffered(args[i + 1]):
                    language = args[++i];
                    break;
                case var path when file is null && !path.StartsWith("--", StringComparison.Ordinal):
                    file = path;
                    break;
                default:
                    await error.WriteLineAsync($"Unexpected argument '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }

        if (file is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        IReadOnlyList<LabelledSentence> set;
        Understander understander;
        try
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            set = LabelledSentence.ParseTsv(text);
            language = Languages.Language.Normalize(language ?? DeclaredLanguage(text)) ?? Languages.Language.Default;
            if (flowFile is null && !Languages.Language.Offered.Contains(language))
            {
                await error.WriteLineAsync($"{file}: no flow speaks '{language}' (offered: {string.Join(", ", Languages.Language.Offered)}).");
                return 2;
            }

            understander = flowFile is null
                ? Understander.LoadDefault(flow: Languages.Language.FlowName(Dialogs.DialogEngine.DefaultFlowName, language))
                : Understander.FromYaml(await File.ReadAllTextAsync(flowFile, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or YamlDotNet.Core.YamlException)
        {
            await error.WriteLineAsync($"{file}: {e.Message}");
            return 2;
        }

        var report = EvaluationReport.Run(understander.Classifier, set);
        if (flowFile is null)
        {
            await output.WriteLineAsync($"flow: {Languages.Language.FlowName(Dialogs.DialogEngine.DefaultFlowName, language)} ({language})");
        }

        await output.WriteAsync(report.Format());
        var passed = report.Accuracy >= min;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(passed ? "PASS" : "FAIL")}: accuracy {report.Accuracy:0.000} {(passed ? ">=" : "<")} min {min:0.000}"));
        return passed ? 0 : 1;
    }

    /// <summary>The set's language from a comment line <c># language: en</c> among its first lines, or null.</summary>
    private static string? DeclaredLanguage(string text) => text.Split('\n').Take(20)
        .Select(l => l.Trim())
        .Where(l => l.StartsWith('#'))
        .Select(l => l.TrimStart('#').Trim())
        .Where(l => l.StartsWith("language:", StringComparison.OrdinalIgnoreCase))
        .Select(l => l["language:".Length..].Trim())
        .FirstOrDefault();
}
