using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>Issues conversation and stream tokens and authenticates Direct Line requests (secret or token).</summary>
public sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public async Task<string> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var codec = await secret.CodecAsync(cancellationToken);
        return codec.Issue(new DirectLineToken(conversationId, userId, now.AddSeconds(options.Value.TokenLifetimeSeconds)), now);
    }

    /// <summary>The short-lived token in a streamUrl: it opens that conversation's WebSocket and nothing else.</summary>
    public async Task<string> IssueStreamAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var codec = await secret.CodecAsync(cancellationToken);
        return codec.Issue(new DirectLineToken(conversationId, userId, now.AddSeconds(options.Value.StreamTokenLifetimeSeconds), DirectLineToken.StreamAudience), now);
    }

    public async Task<DirectLineTokenCheck> ReadStreamTokenAsync(string? value, CancellationToken cancellationToken) =>
        (await secret.CodecAsync(cancellationToken)).Read(value, DirectLineToken.StreamAudience, clock.GetUtcNow());

    /// <summary>Missing or non-Bearer Authorization → 401; a token that is not ours → 403; expired → 403 TokenExpired.</summary>
    internal async Task<DirectLineAuthentication> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return DirectLineAuthentication.Fail(DirectLineErrors.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authorization: Bearer <secret or token> is required."));
        }

        var bearer = header[7..].Trim();
        if (await secret.IsSecretAsync(bearer, cancellationToken))
        {
            return new DirectLineAuthentication(DirectLineCaller.Secret, null);
        }

        var check = (await secret.CodecAsync(cancellationToken)).Read(bearer, DirectLineToken.ConversationAudience, clock.GetUtcNow());
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => new DirectLineAuthentication(new DirectLineCaller(false, check.Token), null),
            DirectLineTokenStatus.Expired => DirectLineAuthentication.Fail(DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => DirectLineAuthentication.Fail(DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid.")),
        };
    }

    /// <summary>Authenticates and checks the caller may open <paramref name="conversationId"/>.</summary>
    internal async Task<DirectLineAuthentication> AuthorizeAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken)
    {
        var auth = await AuthenticateAsync(request, cancellationToken);
        return auth.Caller is { } caller && !caller.MayOpen(conversationId)
            ? DirectLineAuthentication.Fail(DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is for another conversation."))
            : auth;
    }
}
