using System.Text.Json.Serialization;

namespace ContactCentre.Bot.WebChat;

/// <summary>What the page gets: a conversation-scoped token (the user id is inside it too, as Web Chat reads it).</summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);
