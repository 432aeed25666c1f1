using System.Text;
using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.WhatsApp;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>Twilio's webhooks (messages, status callbacks) and what agents need of the channel (media, the window).</summary>
public static class WhatsAppEndpoints
{
    public const string InboundPath = "/api/channels/whatsapp";

    /// <summary>An empty TwiML answer: the turn is committed, replies go through the REST API (the outbox).</summary>
    public const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    /// <summary>Media types a browser may show inline; anything else is served as a download (an HTML "document" must not run in our origin).</summary>
    private static readonly string[] InlineTypes = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"];

    public static IEndpointRouteBuilder MapWhatsApp(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;
        if (!options.IsEnabled)
        {
            app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ContactCentre.WhatsApp")
                .LogInformation("WhatsApp channel off: Channels:Twilio:AccountSid, AuthToken and WhatsAppFrom are not all set.");
            return app;
        }

        app.MapPost(InboundPath, ReceiveAsync);
        app.MapPost(WhatsAppSender.StatusPath, StatusAsync);
        app.MapGet(WhatsAppMediaStore.PathPrefix + "{id:guid}", MediaAsync);
        app.MapGet(InboundPath + "/conversations/{id}/window", WindowAsync).RequireAuthorization(Identity.IdentityPolicies.Agent);
        return app;
    }

    /// <summary>
    /// Verify, register media, run the turn (committed with its replies as outbox rows), then answer Twilio. Twilio
    /// does not retry a 5xx, so when the database is away the verified message is spooled to local disk and
    /// acknowledged; it is replayed through this same path when the database returns.
    /// </summary>
    private static async Task<IResult> ReceiveAsync(HttpRequest request, WhatsAppAdapter adapter, WhatsAppInbound inbound, InboundSpool spool, CancellationToken cancellationToken)
    {
        var read = await adapter.ReadAsync(request, cancellationToken);
        if (!read.IsAccepted)
        {
            return Results.Problem(statusCode: read.Status, title: read.Problem);
        }

        await spool.AcceptOrSpoolAsync(inbound, read.Activity!, cancellationToken);
        return Results.Text(EmptyTwiml, "text/xml", Encoding.UTF8);
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, WhatsAppAdapter adapter, WhatsAppStatuses statuses, CancellationToken cancellationToken)
    {
        var (status, httpStatus, problem) = await adapter.ReadStatusAsync(request, cancellationToken);
        if (status is null)
        {
            return Results.Problem(statusCode: httpStatus, title: problem);
        }

        var outboxId = Guid.TryParseExact(request.Query["m"].ToString(), "N", out var id) ? id : (Guid?)null;
        await statuses.RecordAsync(status, outboxId, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> MediaAsync(Guid id, HttpContext http, WhatsAppMediaStore media, CancellationToken cancellationToken)
    {
        var response = http.Response;
        var found = await media.FindAsync(id, cancellationToken);

        // A customer's media is for signed-in agents only; our own outbound media stays open, as Twilio fetches it from here.
        var inbound = found is null || found.SourceUrl != WhatsAppMediaStore.OutboundSource;
        if (inbound && Identity.SignedInUser.From(http.User) is null)
        {
            return Identity.ApiProblems.Unauthorized();
        }

        if (found is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such media.");
        }

        if (found.Status != WhatsAppMediaStatus.Stored || found.Content is null)
        {
            return found.Status == WhatsAppMediaStatus.Pending
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Media not downloaded yet.", detail: found.LastError)
                : Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Media not available.", detail: found.LastError);
        }

        var type = found.ContentType.Split(';')[0].Trim().ToLowerInvariant();
        var inline = InlineTypes.Contains(type) || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        response.Headers.CacheControl = "private, max-age=86400";

        // Range requests let the console's audio player seek in a voice note.
        return Results.File(found.Content, inline ? found.ContentType : "application/octet-stream",
            fileDownloadName: inline ? null : WhatsAppMediaStore.NameFor(found.ContentType, found.Index), enableRangeProcessing: true);
    }

    /// <summary>The console reads the window with the agent's session: same visibility as the conversation (docs/console-api.md).</summary>
    private static async Task<IResult> WindowAsync(string id, HttpContext http, StoreFactory stores, WhatsAppWindows windows, CancellationToken cancellationToken)
    {
        await using (var db = stores.Create())
        {
            var (_, error) = await AgentConsole.ConsoleAccess.FindVisibleAsync(db, AgentConsole.ConsoleAccess.Current(http), id, cancellationToken);
            if (error is not null)
            {
                return error;
            }
        }

        return await windows.DescribeAsync(id, cancellationToken) is { } view
            ? Results.Ok(view)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No WhatsApp conversation with this id.");
    }
}
