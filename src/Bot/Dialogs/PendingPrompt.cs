namespace ContactCentre.Bot.Dialogs;

/// <summary>An <c>ask</c> node waiting for the customer's answer, with how many invalid answers it got.</summary>
public sealed record PendingPrompt(string NodeId, int Retries);
