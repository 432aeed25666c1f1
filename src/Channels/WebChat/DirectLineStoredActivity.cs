namespace ContactCentre.Channels.WebChat;

/// <summary>One activity in a conversation's log as clients receive it (wire JSON); its sequence is the watermark.</summary>
public sealed record DirectLineStoredActivity(string ConversationId, long Sequence, string Id, string Json);
