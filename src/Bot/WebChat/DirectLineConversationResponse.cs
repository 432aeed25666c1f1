using System.Text.Json.Serialization;

namespace ContactCentre.Bot.WebChat;

/// <summary>Direct Line's Conversation object (tokens/generate and refresh leave streamUrl out).</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
