using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.WebChat;

/// <summary>Opens Direct Line conversations and writes the Conversation answers (token, expiry, streamUrl).</summary>
public sealed class DirectLineSessions(EfDirectLineStore store, DirectLineTokens tokens, DirectLineUrls urls, TimeProvider clock)
{
    /// <param name="userId">A client-chosen id (validated by the caller), or null for a new random "dl_…" id.</param>
    public async Task<DirectLineConversationInfo> CreateAsync(string? userId, string? userName, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversationInfo(DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId(), userName, clock.GetUtcNow(), 0);
        await store.CreateConversationAsync(conversation, cancellationToken);
        return conversation;
    }

    public async Task<DirectLineConversationResponse> TokenAsync(DirectLineConversationInfo conversation, CancellationToken cancellationToken) =>
        new(conversation.Id, await tokens.IssueAsync(conversation.Id, conversation.UserId, cancellationToken), tokens.LifetimeSeconds);

    /// <summary>The answer to start or reconnect: a fresh token and a streamUrl that resumes after <paramref name="watermark"/>.</summary>
    public async Task<DirectLineConversationResponse> StreamAsync(HttpRequest request, DirectLineConversationInfo conversation, string? watermark, CancellationToken cancellationToken)
    {
        var streamToken = await tokens.IssueStreamAsync(conversation.Id, conversation.UserId, cancellationToken);
        var answer = await TokenAsync(conversation, cancellationToken);
        return answer with { StreamUrl = urls.StreamUrl(request, conversation.Id, streamToken, watermark) };
    }
}
