using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.Test;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Endpoints;

public static class ChannelWebhookEndpoints
{
    /// <summary>
    /// A provider webhook: verify and map (the adapter), run the turn (committed), then acknowledge.
    /// A retry of a claimed message is acknowledged the same way and does nothing else.
    /// </summary>
    public static RouteHandlerBuilder MapWebhook<TAdapter>(this IEndpointRouteBuilder app, string path)
        where TAdapter : IWebhookAdapter =>
        app.MapPost(path, async (HttpRequest request, TAdapter adapter, TurnPipeline pipeline, CancellationToken cancellationToken) =>
        {
            var read = await adapter.ReadAsync(request, cancellationToken);
            if (!read.IsAccepted)
            {
                return Results.Problem(statusCode: read.Status, title: read.Problem);
            }

            var result = await pipeline.ProcessAsync(read.Activity!, cancellationToken);
            return Results.Ok(new { outcome = result.Outcome.ToString().ToLowerInvariant(), conversationId = result.ConversationId });
        });

    public static IEndpointRouteBuilder MapTestChannel(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<TestChannelOptions>>().Value.Enabled)
        {
            app.MapWebhook<TestChannelAdapter>("/api/channels/test");
        }

        return app;
    }
}
