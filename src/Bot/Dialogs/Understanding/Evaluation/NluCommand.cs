using System.Globalization;

namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>
/// <c>nlu eval FILE [--min 0.9] [--flow FLOW.yaml]</c>: classifies a labelled TSV set with the default flow
/// (or the given flow file) and prints per-intent precision and recall, the confusions and the overall
/// accuracy. Exit code 0 when accuracy ≥ min, 1 below it, 2 for bad usage or an unreadable file.
/// </summary>
public static class NluCommand
{
    public const string Usage = "usage: nlu eval FILE [--min 0.9] [--flow FLOW.yaml]   (FILE: intent<TAB>sentence per line, '#' comments, 'none' = no intent)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? file = null, flowFile = null;
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
            set = LabelledSentence.ParseTsv(await File.ReadAllTextAsync(file, cancellationToken));
            understander = flowFile is null ? Understander.LoadDefault() : Understander.FromYaml(await File.ReadAllTextAsync(flowFile, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or YamlDotNet.Core.YamlException)
        {
            await error.WriteLineAsync($"{file}: {e.Message}");
            return 2;
        }

        var report = EvaluationReport.Run(understander.Classifier, set);
        await output.WriteAsync(report.Format());
        var passed = report.Accuracy >= min;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(passed ? "PASS" : "FAIL")}: accuracy {report.Accuracy:0.000} {(passed ? ">=" : "<")} min {min:0.000}"));
        return passed ? 0 : 1;
    }
}
