namespace ContactCentre.Channels.Test;

/// <summary>The test channel's wire format: one customer message.</summary>
public sealed record TestChannelMessage(string Id, string From, string? Text, string? Name = null);
