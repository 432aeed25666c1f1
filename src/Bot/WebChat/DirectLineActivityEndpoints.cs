using ContactCentre.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>GET activities (polling from a watermark) and POST activities (send: 429 over the rate, 413 over the size, 400 malformed).</summary>
internal static class DirectLineActivityEndpoints
{
    private const int PageSize = 100;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
    }

    /// <summary>Authorizes the caller for the conversation and loads it.</summary>
    public static async Task<(DirectLineConversationInfo? Conversation, IResult? Error)> OpenAsync(HttpRequest request, string conversationId,
        DirectLineTokens tokens, EfDirectLineStore store, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthorizeAsync(request, conversationId, cancellationToken);
        if (auth.Error is not null)
        {
            return (null, auth.Error);
        }

        var conversation = await store.FindConversationAsync(conversationId, cancellationToken);
        return conversation is null ? (null, DirectLineErrors.NotFound(conversationId)) : (conversation, null);
    }

    /// <summary>As <see cref="OpenAsync"/> for posts: the rate is checked right after the token, before any store access.</summary>
    public static async Task<(DirectLineConversationInfo? Conversation, IResult? Error)> OpenThrottledAsync(HttpContext http, string conversationId,
        DirectLineTokens tokens, EfDirectLineStore store, DirectLineLimits limits, CancellationToken cancellationToken)
    {
        var auth = await tokens.AuthorizeAsync(http.Request, conversationId, cancellationToken);
        if (auth.Error is not null)
        {
            return (null, auth.Error);
        }

        if (!limits.TryPost(conversationId, out var retryAfter))
        {
            return (null, DirectLineErrors.Throttled(http, retryAfter));
        }

        var conversation = await store.FindConversationAsync(conversationId, cancellationToken);
        return conversation is null ? (null, DirectLineErrors.NotFound(conversationId)) : (conversation, null);
    }

    private static async Task<IResult> GetAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, EfDirectLineStore store,
        CancellationToken cancellationToken)
    {
        var (conversation, error) = await OpenAsync(request, conversationId, tokens, store, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("watermark must be a whole number.");
        }

        var activities = await store.ReadAsync(conversation!.Id, after, PageSize, cancellationToken);
        var next = activities.Count > 0 ? activities[^1].Sequence : after;
        return Results.Text(DirectLineWire.ActivitySet(activities.Select(a => a.Json), next), "application/json; charset=utf-8");
    }

    private static async Task<IResult> PostAsync(string conversationId, HttpContext http, DirectLineTokens tokens, EfDirectLineStore store, DirectLineLimits limits,
        DirectLineInbox inbox, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (conversation, error) = await OpenThrottledAsync(http, conversationId, tokens, store, limits, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await DirectLineBody.ReadAsync(http.Request, limit, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooLarge(limit);
        }

        var inbound = DirectLineWire.ReadInbound(body);
        if (!inbound.IsValid)
        {
            return DirectLineErrors.BadArgument(inbound.Problem!);
        }

        var id = await inbox.AcceptAsync(conversation!, inbound, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }
}
