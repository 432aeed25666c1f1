namespace ContactCentre.Channels.WebChat;

/// <summary>A Direct Line conversation: who it belongs to and how far its activity log has grown.</summary>
public sealed record DirectLineConversationInfo(string Id, string UserId, string? UserName, DateTimeOffset CreatedAt, long LastSequence);
