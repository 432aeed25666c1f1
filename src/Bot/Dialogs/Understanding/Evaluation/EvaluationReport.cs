using System.Globalization;
using System.Text;

namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>The outcome of classifying a labelled set: per-intent scores, the misses and overall accuracy.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<IntentScore> Intents,
    IReadOnlyList<EvaluationMiss> Misses,
    int Total,
    TimeSpan Elapsed)
{
    public int Correct => Total - Misses.Count;

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Classifies every sentence; a prediction of nothing counts as <see cref="LabelledSentence.None"/>.</summary>
    public static EvaluationReport Run(IntentClassifier classifier, IReadOnlyList<LabelledSentence> set)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(set);
        // An untimed pass first: the first calls pay for JIT compilation, which says nothing about a running bot.
        foreach (var sentence in set)
        {
            classifier.Classify(sentence.Text);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = set.Select(s => (Sentence: s, Match: classifier.Classify(s.Text))).ToList();
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var predictions = results.Select(r => (r.Sentence, Predicted: r.Match?.Intent ?? LabelledSentence.None)).ToList();
        var intents = set.Select(s => s.Intent).Concat(predictions.Select(p => p.Predicted)).Distinct().Order(StringComparer.Ordinal)
            .Select(intent => new IntentScore(
                intent,
                predictions.Count(p => p.Sentence.Intent == intent),
                predictions.Count(p => p.Predicted == intent),
                predictions.Count(p => p.Sentence.Intent == intent && p.Predicted == intent)))
            .ToList();
        var misses = predictions.Where(p => p.Predicted != p.Sentence.Intent)
            .Select(p => new EvaluationMiss(p.Sentence, p.Predicted, classifier.Rank(p.Sentence.Text).FirstOrDefault()))
            .ToList();
        return new EvaluationReport(intents, misses, set.Count, elapsed);
    }

    /// <summary>A plain-text table: per intent support, precision, recall (accuracy); the confusions; the overall figure.</summary>
    public string Format()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("per intent (recall is the intent's accuracy: the share of its sentences classified right)");
        text.AppendLine(inv, $"{"intent",-18} {"n",5} {"correct",8} {"predicted",10} {"precision",10} {"recall",8}");
        foreach (var score in Intents)
        {
            text.AppendLine(inv, $"{score.Intent,-18} {score.Support,5} {score.Correct,8} {score.Predicted,10} {score.Precision,10:P1} {score.Recall,8:P1}");
        }

        if (Misses.Count > 0)
        {
            text.AppendLine().AppendLine("confusions (expected → predicted: count):");
            foreach (var group in Misses.GroupBy(m => (m.Sentence.Intent, m.Predicted)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Intent, StringComparer.Ordinal))
            {
                text.AppendLine(inv, $"  {group.Key.Intent} → {group.Key.Predicted}: {group.Count()}");
            }

            text.AppendLine().AppendLine("misses:");
            foreach (var (sentence, predicted, best) in Misses)
            {
                var why = best is null ? "no known word" : $"best {best.Intent} {best.Score:0.00}, like \"{best.Example}\"";
                text.AppendLine(inv, $"  line {sentence.Line}: {sentence.Intent} → {predicted} ({why}): {sentence.Text}");
            }
        }

        var perSentence = Total == 0 ? 0 : Elapsed.TotalMilliseconds / Total;
        text.AppendLine().AppendLine(inv, $"accuracy: {Accuracy:P1} ({Correct}/{Total}), {perSentence:0.000} ms per sentence");
        return text.ToString();
    }
}
