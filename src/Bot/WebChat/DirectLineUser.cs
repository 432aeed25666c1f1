namespace ContactCentre.Bot.WebChat;

/// <summary>The user a trusted caller names when asking for a token or a conversation; null id = a new random one.</summary>
public sealed record DirectLineUser(string? Id, string? Name);
