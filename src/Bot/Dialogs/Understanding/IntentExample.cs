namespace ContactCentre.Bot.Dialogs.Understanding;

/// <summary>One example sentence of an intent, as a flow's author wrote it.</summary>
public sealed record IntentExample(string Intent, string Text);
