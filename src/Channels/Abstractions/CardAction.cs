namespace ContactCentre.Channels.Abstractions;

/// <summary>One suggested action: a button the customer can press instead of typing <see cref="Value"/>.</summary>
public sealed record CardAction(string Title, string Value, string Type = "imBack");
