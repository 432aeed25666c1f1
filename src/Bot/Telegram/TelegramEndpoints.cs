using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ContactCentre.Bot.Telegram;

/// <summary>Telegram's webhook (secret checked, turn committed, then 200) and the file proxy the transcript links to.</summary>
public static class TelegramEndpoints
{
    public const string WebhookPath = "/api/channels/telegram";

    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var log = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ContactCentre.Telegram");
        if (!options.IsEnabled)
        {
            log.LogInformation("Telegram channel off: Channels:Telegram:BotToken and SecretToken are not both set.");
            return app;
        }

        log.LogInformation("Telegram channel on: webhook {Path}, Bot API {ApiBaseUrl}.", WebhookPath, options.ApiBaseUrl);
        app.MapPost(WebhookPath, ReceiveAsync);
        app.MapGet(TelegramMapper.FilePathPrefix + "{fileId}", FileAsync).RequireAuthorization(Identity.IdentityPolicies.Agent); // customers' files: agents only
        return app;
    }

    /// <summary>
    /// Any non-2xx makes Telegram deliver the update again, so: a wrong secret is refused (401/403, nothing
    /// stored); an update we do not handle is taken with 200; a message is answered 200 only after its turn is
    /// committed. A redelivered update_id finds its claim and is answered 200 without a second turn.
    /// </summary>
    private static async Task<IResult> ReceiveAsync(HttpRequest request, TelegramAdapter adapter, TurnPipeline pipeline, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (inbound, status, problem) = await adapter.ReadUpdateAsync(request, cancellationToken);
        if (inbound is null)
        {
            return Results.Problem(statusCode: status, title: problem);
        }

        if (inbound.Activity is not { } activity)
        {
            logs.CreateLogger("ContactCentre.Telegram").LogDebug("Telegram update ignored: {Reason}.", inbound.IgnoredBecause);
            return Results.Ok(new { outcome = "ignored", reason = inbound.IgnoredBecause });
        }

        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        return Results.Ok(new { outcome = result.Outcome.ToString().ToLowerInvariant(), conversationId = result.ConversationId });
    }

    private static async Task<IResult> FileAsync(string fileId, HttpResponse response, TelegramAdapter adapter, CancellationToken cancellationToken)
    {
        try
        {
            var client = adapter.Client();
            var file = await client.GetFile(fileId, cancellationToken);
            if (file.FilePath is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Telegram has no file path for this file.");
            }

            using var content = new MemoryStream();
            await client.DownloadFile(file.FilePath, content, cancellationToken);
            response.Headers.XContentTypeOptions = "nosniff";
            var image = file.FilePath.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || file.FilePath.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase);
            return image ? Results.File(content.ToArray(), "image/jpeg") : Results.File(content.ToArray(), "application/octet-stream", Path.GetFileName(file.FilePath));
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such Telegram file.", detail: e.Message);
        }
        catch (RequestException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Telegram did not give the file.", detail: e.Message);
        }
    }
}
