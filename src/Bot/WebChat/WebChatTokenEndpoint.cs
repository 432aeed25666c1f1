namespace ContactCentre.Bot.WebChat;

/// <summary>
/// POST /api/webchat/token: the customer's page gets a token for a new conversation here, so the Direct
/// Line secret stays on the server. Throttled per client address.
/// </summary>
public static class WebChatTokenEndpoint
{
    public static IEndpointRouteBuilder MapWebChatToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/token", async (HttpContext http, DirectLineLimits limits, DirectLineSessions sessions, CancellationToken cancellationToken) =>
        {
            if (!limits.TryNewConversation(http.Connection.RemoteIpAddress, out var retryAfter))
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many new conversations from this address; retry later.");
            }

            var conversation = await sessions.CreateAsync(null, null, cancellationToken);
            var token = await sessions.TokenAsync(conversation, cancellationToken);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new WebChatTokenResponse(token.ConversationId, token.Token, token.ExpiresIn, conversation.UserId));
        });
        return app;
    }
}
