namespace ContactCentre.Bot.WebChat;

/// <summary>
/// The Direct Line 3.0 subset under /v3/directline that botframework-directlinejs and botframework-webchat
/// use, unmodified: tokens, conversations, activities (watermark), upload, and the WebSocket stream.
/// Callers authenticate with a bearer token, not cookies, so any origin may call it (CORS "*").
/// </summary>
public static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineUrls.Base);
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            context.HttpContext.Response.Headers.AccessControlExposeHeaders = "Retry-After";
            return await next(context);
        });
        group.MapMethods("/{**path}", [HttpMethods.Options], (HttpResponse response) =>
        {
            response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            response.Headers.AccessControlAllowHeaders = "Authorization, Content-Type, x-ms-bot-agent, x-ms-conversation-id";
            response.Headers.AccessControlMaxAge = "86400";
            return Results.NoContent();
        });

        DirectLineTokenEndpoints.Map(group);
        DirectLineConversationEndpoints.Map(group);
        DirectLineActivityEndpoints.Map(group);
        DirectLineUploadEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);
        return app;
    }
}
