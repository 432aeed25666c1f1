namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>How one intent fared on a labelled set.</summary>
/// <param name="Support">Sentences labelled with the intent.</param>
/// <param name="Predicted">Sentences the classifier gave the intent.</param>
/// <param name="Correct">Sentences labelled and predicted as the intent.</param>
public sealed record IntentScore(string Intent, int Support, int Predicted, int Correct)
{
    /// <summary>Of the sentences given this intent, the share that carried it (1 when none were given it).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Of the sentences labelled with this intent, the share found: the intent's accuracy.</summary>
    public double Recall => Support == 0 ? 1 : (double)Correct / Support;
}
