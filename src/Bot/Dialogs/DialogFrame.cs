namespace ContactCentre.Bot.Dialogs;

/// <summary>One entry of the dialog stack: where to continue when the called part of the flow returns.</summary>
public sealed record DialogFrame(string ReturnTo);
