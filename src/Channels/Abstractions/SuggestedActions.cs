namespace ContactCentre.Channels.Abstractions;

/// <summary>Quick replies offered with a message; channels without buttons render them as numbered options.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);
