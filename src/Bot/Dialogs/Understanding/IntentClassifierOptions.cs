namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// The classifier's knobs. The defaults were tuned on tests/nlu/dev.tsv and checked on the held-out
/// set (tests/nlu/heldout.tsv); change them only with both evaluations at hand.
/// </summary>
public sealed record IntentClassifierOptions
{
    /// <summary>Below this score nothing is understood (the flow answers "não entendi").</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>How many of an intent's most similar examples add to its score (k-nearest).</summary>
    public int Neighbours { get; init; } = 3;

    /// <summary>Weight of the 2nd, 3rd… nearest example relative to the one before it.</summary>
    public double NeighbourDecay { get; init; } = 0.7;

    public double WordWeight { get; init; } = 1.0;

    /// <summary>Neighbouring word pairs; 0 by default, as they did not help on the dev set (trigrams carry word order enough).</summary>
    public double BigramWeight { get; init; }

    public double TrigramWeight { get; init; } = 0.5;

    /// <summary>
    /// How much words the examples never use pull the score down: 0 ignores them, 1 scales the score by
    /// the share of the message that is known. Keeps "meu cachorro fugiu" from being anything; sentences that share
    /// question words with the examples ("qual a capital…") still slip through (see the none row of nlu eval).
    /// </summary>
    public double UnknownPenalty { get; init; } = 0.5;

    /// <summary>
    /// Share of the score that comes from a softmax regression trained on the same examples (the rest is the
    /// k-nearest similarity). The regression weighs evidence across examples ("quanto" speaks for price even in
    /// "quanto sai pra incluir mais dois estados"); the similarity keeps unrelated sentences low.
    /// </summary>
    public double RegressionWeight { get; init; } = 0.5;

    /// <summary>Passes of gradient descent over the examples when the classifier is built.</summary>
    public int RegressionEpochs { get; init; } = 40;

    public double RegressionLearningRate { get; init; } = 1.0;

    public double RegressionL2 { get; init; } = 1e-4;
}
