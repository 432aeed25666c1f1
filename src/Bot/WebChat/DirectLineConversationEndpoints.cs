namespace ContactCentre.Bot.WebChat;

/// <summary>POST conversations (start, or resume the token's own) and GET conversations/{id} (reconnect: a fresh streamUrl).</summary>
internal static class DirectLineConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineTokens tokens, EfDirectLineStore store, DirectLineSessions sessions, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthenticateAsync(request, cancellationToken);
        if (auth.Error is not null)
        {
            return auth.Error;
        }

        if (auth.Caller!.Token is { } token)
        {
            // A conversation-scoped token starts (or, after a page reload, resumes) its own conversation.
            var own = await store.FindConversationAsync(token.ConversationId, cancellationToken);
            if (own is null)
            {
                return DirectLineErrors.NotFound(token.ConversationId);
            }

            var answer = await sessions.StreamAsync(request, own, null, cancellationToken);
            return own.LastSequence == 0 ? TypedResults.Created((string?)null, answer) : TypedResults.Ok(answer);
        }

        var (user, error) = await DirectLineTokenEndpoints.ReadUserAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversation = await sessions.CreateAsync(user?.Id, user?.Name, cancellationToken);
        return TypedResults.Created((string?)null, await sessions.StreamAsync(request, conversation, null, cancellationToken));
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, EfDirectLineStore store,
        DirectLineSessions sessions, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthorizeAsync(request, conversationId, cancellationToken);
        if (auth.Error is not null)
        {
            return auth.Error;
        }

        if (!DirectLineWatermark.TryParse(watermark, out _))
        {
            return DirectLineErrors.BadArgument("watermark must be a whole number.");
        }

        var conversation = await store.FindConversationAsync(conversationId, cancellationToken);
        return conversation is null
            ? DirectLineErrors.NotFound(conversationId)
            : TypedResults.Ok(await sessions.StreamAsync(request, conversation, watermark, cancellationToken));
    }
}
