namespace ContactCentre.Channels.WebChat;

/// <summary>What a Direct Line token grants: one conversation, as one user, until <see cref="ExpiresAt"/>.</summary>
/// <param name="Audience"><see cref="ConversationAudience"/> for REST calls, <see cref="StreamAudience"/> for a streamUrl.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt, string Audience = DirectLineToken.ConversationAudience)
{
    public const string ConversationAudience = "directline";
    public const string StreamAudience = "directline-stream";
}
