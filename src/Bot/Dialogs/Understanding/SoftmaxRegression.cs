namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// Multinomial logistic regression over sparse feature vectors, trained by plain stochastic gradient descent
/// in a fixed order (so the same examples always give the same model). Small: a few hundred examples train in
/// milliseconds when the flow is loaded.
/// </summary>
internal sealed class SoftmaxRegression
{
    private readonly double[][] _weights;
    private readonly double[] _bias;

    public SoftmaxRegression(int classes, int features, IReadOnlyList<(int Id, double Weight)[]> inputs, IReadOnlyList<int> labels, IntentClassifierOptions options)
    {
        _weights = Enumerable.Range(0, classes).Select(_ => new double[features]).ToArray();
        _bias = new double[classes];
        var probabilities = new double[classes];
        for (var epoch = 0; epoch < options.RegressionEpochs; epoch++)
        {
            var rate = options.RegressionLearningRate / (1.0 + epoch * 0.1);
            for (var i = 0; i < inputs.Count; i++)
            {
                Predict(inputs[i], probabilities);
                for (var c = 0; c < classes; c++)
                {
                    var gradient = probabilities[c] - (labels[i] == c ? 1.0 : 0.0);
                    _bias[c] -= rate * gradient;
                    var row = _weights[c];
                    foreach (var (id, weight) in inputs[i])
                    {
                        row[id] -= rate * ((gradient * weight) + (options.RegressionL2 * row[id]));
                    }
                }
            }
        }
    }

    /// <summary>Writes each class's probability for <paramref name="input"/> into <paramref name="probabilities"/>.</summary>
    public void Predict(IReadOnlyList<(int Id, double Weight)> input, double[] probabilities)
    {
        var max = double.MinValue;
        for (var c = 0; c < _bias.Length; c++)
        {
            var sum = _bias[c];
            var row = _weights[c];
            foreach (var (id, weight) in input)
            {
                sum += row[id] * weight;
            }

            probabilities[c] = sum;
            max = Math.Max(max, sum);
        }

        var total = 0.0;
        for (var c = 0; c < _bias.Length; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            total += probabilities[c];
        }

        for (var c = 0; c < _bias.Length; c++)
        {
            probabilities[c] /= total;
        }
    }
}
