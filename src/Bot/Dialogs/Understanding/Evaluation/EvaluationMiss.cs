namespace ContactCentre.Bot.Dialogs.Understanding.Evaluation;

/// <summary>A sentence the classifier got wrong: what it predicted ("none" for nothing) and its best candidate, even below the threshold.</summary>
public sealed record EvaluationMiss(LabelledSentence Sentence, string Predicted, IntentMatch? Best);
