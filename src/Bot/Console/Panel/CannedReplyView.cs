namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>A canned reply as the console lists it: <c>{ id, title, text, team }</c>.</summary>
public sealed record CannedReplyView(Guid Id, string Title, string Text, string? Team);

/// <summary>What a manager sends to add or edit a canned reply.</summary>
public sealed record CannedReplyInput(string? Title, string? Text, string? Team = null, int? Order = null);
