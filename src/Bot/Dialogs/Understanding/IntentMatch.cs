namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>The best intent for a sentence and how sure the classifier is (0–1).</summary>
public sealed record IntentMatch(string Intent, double Score, string Example);
