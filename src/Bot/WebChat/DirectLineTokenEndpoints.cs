using System.Text.Json;

namespace ContactCentre.Bot.WebChat;

/// <summary>POST tokens/generate (secret → a new conversation's token) and tokens/refresh (token → a fresh one).</summary>
internal static class DirectLineTokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokens tokens, DirectLineSessions sessions, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthenticateAsync(request, cancellationToken);
        if (auth.Error is not null)
        {
            return auth.Error;
        }

        if (!auth.Caller!.IsSecret)
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "Generating a token needs the secret.");
        }

        var (user, error) = await ReadUserAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversation = await sessions.CreateAsync(user?.Id, user?.Name, cancellationToken);
        return TypedResults.Ok(await sessions.TokenAsync(conversation, cancellationToken));
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineTokens tokens, EfDirectLineStore store, DirectLineSessions sessions, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthenticateAsync(request, cancellationToken);
        if (auth.Error is not null)
        {
            return auth.Error;
        }

        if (auth.Caller!.Token is not { } token)
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "Only a token can be refreshed.");
        }

        var conversation = await store.FindConversationAsync(token.ConversationId, cancellationToken);
        return conversation is null
            ? DirectLineErrors.NotFound(token.ConversationId)
            : TypedResults.Ok(await sessions.TokenAsync(conversation, cancellationToken));
    }

    /// <summary>The optional body {"user":{"id","name"}} of tokens/generate and of starting a conversation with the secret.</summary>
    public static async Task<(DirectLineUser? User, IResult? Error)> ReadUserAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await DirectLineBody.ReadAsync(request, 16 * 1024, cancellationToken);
        if (body is null)
        {
            return (null, DirectLineErrors.TooLarge(16 * 1024));
        }

        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var id = user.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var name = user.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (id is not null && !DirectLineIds.IsValidUserId(id))
            {
                return (null, DirectLineErrors.BadArgument("user.id must be 1 to 64 characters of letters, digits and _ . : @ -."));
            }

            return (new DirectLineUser(id, name is { Length: > 200 } ? name[..200] : name), null);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not valid JSON: {e.Message}"));
        }
    }
}
