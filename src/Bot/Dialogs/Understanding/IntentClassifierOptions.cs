namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>
/// The classifier's knobs. The defaults were tuned on tests/nlu/dev.tsv and checked on the held-out
/// set (tests/nlu/heldout.tsv); change them only with both evaluations at hand.
/// </summary>
public sealed record IntentClassifierOptions
{
    /// <summary>Below this score nothing is understood (the flow answers "não entendi").</summary>
    public double Threshold { get; init; } = 0.3;

    /// <summary>How many of an intent's most similar examples add to its score (k-nearest).</summary>
    public int Neighbours { get; init; } = 3;

    /// <summary>Weight of the 2nd, 3rd… nearest example relative to the one before it.</summary>
    public double NeighbourDecay { get; init; } = 0.35;

    public double WordWeight { get; init; } = 1.0;
    public double BigramWeight { get; init; } = 0.6;
    public double TrigramWeight { get; init; } = 0.3;

    /// <summary>
    /// How much words the examples never use pull the score down: 0 ignores them, 1 scales the score by
    /// the share of the message that is known. Keeps "qual a capital da Austrália" from being a price.
    /// </summary>
    public double UnknownPenalty { get; init; } = 0.5;
}
