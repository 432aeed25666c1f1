using System.Text.Json.Nodes;
using ContactCentre.Channels.WebChat;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WebChat;

/// <summary>
/// POST upload: botframework-directlinejs sends a message with files as multipart — one part "activity"
/// (application/vnd.microsoft.activity) and "file" parts. Files are kept in the store and the echo links
/// them; GET attachments/{id} serves them back (images inline, anything else as a download).
/// </summary>
internal static class DirectLineUploadEndpoints
{
    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif", "image/webp" };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/attachments/{fileId:guid}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(string conversationId, HttpContext http, DirectLineTokens tokens, EfDirectLineStore store, DirectLineLimits limits,
        DirectLineInbox inbox, DirectLineUrls urls, IOptions<DirectLineOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (conversation, error) = await DirectLineActivityEndpoints.OpenThrottledAsync(http, conversationId, tokens, store, limits, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var limit = options.Value.MaxUploadBytes;
        var (form, formError) = await ReadFormAsync(http, limit, cancellationToken);
        if (formError is not null)
        {
            return formError;
        }

        var activityPart = form!.Files.GetFile("activity");
        var files = form.Files.GetFiles("file");
        if (activityPart is null || files.Count == 0)
        {
            return DirectLineErrors.BadArgument("An upload needs an 'activity' part and at least one 'file' part.");
        }

        using var activityBytes = new MemoryStream();
        await activityPart.CopyToAsync(activityBytes, cancellationToken);
        var inbound = DirectLineWire.ReadInbound(activityBytes.ToArray());
        if (!inbound.IsValid || inbound.Type != "message")
        {
            return DirectLineErrors.BadArgument(inbound.Problem ?? "The 'activity' part must be a message.");
        }

        var declared = inbound.Activity!["attachments"] as JsonArray ?? [];
        var attachments = new JsonArray();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var contentType = file.ContentType is { Length: > 0 and <= 200 } given ? given
                : (declared.ElementAtOrDefault(i) as JsonObject)?["contentType"]?.GetValue<string>() ?? "application/octet-stream";
            var saved = new DirectLineFile(Guid.NewGuid(), conversationId, contentType, SafeName(file.FileName), content.ToArray());
            await store.SaveFileAsync(saved, clock.GetUtcNow(), cancellationToken);
            var url = urls.FileUrl(http.Request, saved.Id);
            var attachment = new JsonObject { ["contentType"] = saved.ContentType, ["contentUrl"] = url, ["name"] = saved.Name };
            if (InlineTypes.Contains(saved.ContentType))
            {
                attachment["thumbnailUrl"] = url;
            }

            attachments.Add(attachment);
        }

        inbound.Activity["attachments"] = attachments;
        var id = await inbox.AcceptAsync(conversation!, inbound, cancellationToken);
        return TypedResults.Ok(new DirectLineResourceResponse(id));
    }

    private static async Task<(IFormCollection? Form, IResult? Error)> ReadFormAsync(HttpContext http, int limit, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }

        if (!request.HasFormContentType)
        {
            return (null, DirectLineErrors.BadArgument("An upload is multipart/form-data."));
        }

        DirectLineBody.Allow(http, limit);
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 64 }));
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, DirectLineErrors.BadArgument($"Malformed multipart body: {e.Message}"));
        }
    }

    /// <summary>Files are capability URLs (random ids). Only plain image types render inline; the rest download, sandboxed.</summary>
    private static async Task<IResult> DownloadAsync(Guid fileId, HttpContext http, EfDirectLineStore store, CancellationToken cancellationToken)
    {
        if (await store.FindFileAsync(fileId, cancellationToken) is not { } file)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such file.");
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return InlineTypes.Contains(file.ContentType)
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, "application/octet-stream", file.Name);
    }

    private static string SafeName(string? name)
    {
        var clean = Path.GetFileName(name ?? "").Trim();
        clean = new string([.. clean.Where(c => !char.IsControl(c))]);
        return clean.Length == 0 ? "arquivo" : clean.Length > 200 ? clean[^200..] : clean;
    }
}
