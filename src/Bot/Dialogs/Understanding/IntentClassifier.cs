namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Intents learnt only from example sentences (no keyword lists in code): each sentence becomes a bag of
/// word and character-trigram features; a message takes the intent of its most similar example
/// (cosine similarity). Trigrams make it tolerant to typos ("intimacao", "intimaçao", "intimaçoes").
/// </summary>
public sealed class IntentClassifier
{
    private readonly List<(IntentExample Example, Dictionary<string, double> Features, double Norm)> _examples = [];

    public IntentClassifier(IEnumerable<IntentExample> examples)
    {
        foreach (var example in examples)
        {
            var features = Features(example.Text);
            _examples.Add((example, features, Norm(features)));
        }
    }

    public IReadOnlyCollection<string> Intents => _examples.Select(e => e.Example.Intent).Distinct().ToList();

    /// <summary>The best intent, or null when nothing reaches <paramref name="threshold"/>.</summary>
    public IntentMatch? Classify(string text, double threshold = 0.35)
    {
        var features = Features(text);
        var norm = Norm(features);
        if (norm == 0)
        {
            return null;
        }

        IntentMatch? best = null;
        foreach (var (example, exampleFeatures, exampleNorm) in _examples)
        {
            var dot = 0.0;
            foreach (var (feature, weight) in features)
            {
                if (exampleFeatures.TryGetValue(feature, out var other))
                {
                    dot += weight * other;
                }
            }

            var score = dot / (norm * exampleNorm);
            if (best is null || score > best.Score)
            {
                best = new IntentMatch(example.Intent, score, example.Text);
            }
        }

        return best is not null && best.Score >= threshold ? best : null;
    }

    private static Dictionary<string, double> Features(string text)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in TextNormalizer.Tokens(text))
        {
            Add(features, "w:" + token, 1.0);
            var padded = $" {token} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                Add(features, string.Concat("c:", padded.AsSpan(i, 3)), 0.35);
            }
        }

        return features;
    }

    private static void Add(Dictionary<string, double> features, string key, double weight) =>
        features[key] = features.GetValueOrDefault(key) + weight;

    private static double Norm(Dictionary<string, double> features) => Math.Sqrt(features.Values.Sum(v => v * v));
}
