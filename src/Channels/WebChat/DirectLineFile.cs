namespace ContactCentre.Channels.WebChat;

/// <summary>A file a customer uploaded, served back by its unguessable id.</summary>
public sealed record DirectLineFile(Guid Id, string ConversationId, string ContentType, string Name, byte[] Content);
