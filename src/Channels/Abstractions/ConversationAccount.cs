namespace ContactCentre.Channels.Abstractions;

/// <summary>The conversation an activity belongs to, as the channel names it.</summary>
public sealed record ConversationAccount(string Id);
