namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Intents learnt only from a flow's example sentences (no keyword lists in code). Each sentence becomes a
/// bag of words, word pairs and character trigrams, weighted by how few intents share them (IDF over
/// intents, so "quero" or "de" count little and "boleto" a lot). Two views of the examples are blended:
/// the k nearest examples of each intent (cosine similarity: one lucky example matters less than several
/// close ones) and a softmax regression trained on them (weighs evidence across examples). Words the
/// examples never use are first corrected to the nearest known word ("contratr" → "contratar"); trigrams
/// catch the rest ("intimaçoes" ~ "intimação"). Words still unknown pull the score down, which is how
/// "meu cachorro fugiu" ends up understood as nothing.
/// </summary>
public sealed class IntentClassifier
{
    private readonly IntentClassifierOptions _options;
    private readonly List<IntentExample> _examples = [];
    private readonly List<int> _exampleIntent = [];
    private readonly List<string> _intents = [];
    private readonly Dictionary<string, int> _featureIds = new(StringComparer.Ordinal);
    private readonly List<double> _idf = [];

    // Inverted index: feature id → (example index, example's normalised weight for that feature).
    private readonly List<List<(int Example, double Weight)>> _postings = [];
    private readonly SpellingCorrector _corrector;
    private readonly SoftmaxRegression? _regression;

    public IntentClassifier(IEnumerable<IntentExample> examples)
        : this(examples, new IntentClassifierOptions())
    {
    }

    public IntentClassifier(IEnumerable<IntentExample> examples, IntentClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _examples.AddRange(examples.Where(e => TextNormalizer.Tokens(e.Text).Length > 0));
        _corrector = new SpellingCorrector(_examples
            .SelectMany(e => Words(e.Text))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

        var raw = new List<Dictionary<string, double>>(_examples.Count);
        var intentsOfFeature = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var example in _examples)
        {
            var intent = _intents.IndexOf(example.Intent);
            if (intent < 0)
            {
                intent = _intents.Count;
                _intents.Add(example.Intent);
            }

            _exampleIntent.Add(intent);
            var features = Features(example.Text, out _);
            raw.Add(features);
            foreach (var feature in features.Keys)
            {
                if (!intentsOfFeature.TryGetValue(feature, out var set))
                {
                    intentsOfFeature[feature] = set = [];
                }

                set.Add(intent);
            }
        }

        foreach (var (feature, intents) in intentsOfFeature.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            _featureIds[feature] = _idf.Count;
            _idf.Add(Math.Log(1.0 + ((double)_intents.Count / intents.Count)));
            _postings.Add([]);
        }

        var vectors = raw.Select(Vector).ToList();
        for (var e = 0; e < vectors.Count; e++)
        {
            foreach (var (id, weight) in vectors[e])
            {
                _postings[id].Add((e, weight));
            }
        }

        if (_options.RegressionWeight > 0 && _intents.Count > 1)
        {
            _regression = new SoftmaxRegression(_intents.Count, _idf.Count, vectors, _exampleIntent, _options);
        }
    }

    public IReadOnlyCollection<string> Intents => _intents;

    /// <summary>The score under which <see cref="Classify"/> answers null unless told otherwise.</summary>
    public double Threshold => _options.Threshold;

    /// <summary>The best intent, or null when nothing reaches <paramref name="threshold"/> (default: <see cref="Threshold"/>).</summary>
    public IntentMatch? Classify(string text, double? threshold = null)
    {
        var ranking = Rank(text);
        return ranking.Count > 0 && ranking[0].Score >= (threshold ?? _options.Threshold) ? ranking[0] : null;
    }

    /// <summary>Every intent with its score (0–1) for <paramref name="text"/>, best first; empty when no word is known at all.</summary>
    public IReadOnlyList<IntentMatch> Rank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = Vector(Features(text, out var coverage));
        if (query.Length == 0)
        {
            return [];
        }

        var dots = new double[_examples.Count];
        foreach (var (id, weight) in query)
        {
            foreach (var (example, exampleWeight) in _postings[id])
            {
                dots[example] += weight * exampleWeight;
            }
        }

        var nearest = new List<(double Score, int Example)>[_intents.Count];
        for (var e = 0; e < dots.Length; e++)
        {
            (nearest[_exampleIntent[e]] ??= []).Add((dots[e], e));
        }

        var probabilities = new double[_intents.Count];
        _regression?.Predict(query, probabilities);
        var blend = _regression is null ? 0 : _options.RegressionWeight;
        var penalty = 1.0 - (_options.UnknownPenalty * (1.0 - coverage));
        var ranking = new List<IntentMatch>(_intents.Count);
        for (var i = 0; i < _intents.Count; i++)
        {
            var top = nearest[i].OrderByDescending(x => x.Score).Take(_options.Neighbours).ToList();
            double sum = 0, weights = 0, factor = 1;
            foreach (var (score, _) in top)
            {
                sum += factor * score;
                weights += factor;
                factor *= _options.NeighbourDecay;
            }

            var similarity = sum / weights;
            ranking.Add(new IntentMatch(_intents[i], penalty * (((1 - blend) * similarity) + (blend * probabilities[i])), _examples[top[0].Example].Text));
        }

        ranking.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranking;
    }

    /// <summary>The known features of a bag, IDF-weighted and scaled to unit length.</summary>
    private (int Id, double Weight)[] Vector(Dictionary<string, double> features)
    {
        var weighted = features
            .Select(f => _featureIds.TryGetValue(f.Key, out var id) ? (Id: id, Weight: f.Value * _idf[id]) : (Id: -1, Weight: 0.0))
            .Where(f => f.Id >= 0)
            .ToArray();
        var norm = Math.Sqrt(weighted.Sum(f => f.Weight * f.Weight));
        return norm == 0 ? [] : weighted.Select(f => (f.Id, f.Weight / norm)).ToArray();
    }

    /// <summary>Words (spelling corrected), neighbouring word pairs and character trigrams, with the share of known words.</summary>
    private Dictionary<string, double> Features(string text, out double coverage)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        int known = 0, words = 0;
        string? previous = null;
        foreach (var token in Words(text))
        {
            var corrected = _corrector.Correct(token);
            if (!token.Any(char.IsAsciiDigit))
            {
                // Quantities, protocols and prices are entities, not words the examples should know.
                words++;
                known += corrected is null ? 0 : 1;
            }

            var word = corrected ?? token;
            Add(features, "w:" + word, _options.WordWeight);
            if (previous is not null && _options.BigramWeight > 0)
            {
                Add(features, "b:" + previous + " " + word, _options.BigramWeight);
            }

            var padded = $" {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                Add(features, string.Concat("c:", padded.AsSpan(i, 3)), _options.TrigramWeight);
            }

            previous = word;
        }

        coverage = words == 0 ? 1 : (double)known / words;
        return features;
    }

    private static IEnumerable<string> Words(string text) => TextNormalizer.Tokens(text).Select(TextNormalizer.Squeeze);

    private static void Add(Dictionary<string, double> features, string key, double weight) =>
        features[key] = features.GetValueOrDefault(key) + weight;
}
