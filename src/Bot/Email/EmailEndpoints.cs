using ContactCentre.Channels.Email;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.Email;

/// <summary>What the e-mail channel serves: the customers' stored attachments, linked from the transcript.</summary>
public static class EmailEndpoints
{
    /// <summary>Types a browser may show inline; anything else downloads (an HTML "attachment" must not run in our origin).</summary>
    private static readonly string[] InlineTypes = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "text/plain"];

    public static IEndpointRouteBuilder MapEmail(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value;
        var log = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ContactCentre.Email");
        if (!options.IsEnabled)
        {
            log.LogInformation("E-mail channel off: Channels:Email:Address, Imap:Host and Smtp:Host are not all set.");
            return app;
        }

        log.LogInformation("E-mail channel on: {Address} (IMAP {ImapHost}:{ImapPort}, SMTP {SmtpHost}:{SmtpPort}).",
            options.Address, options.Imap.Host, options.Imap.Port, options.Smtp.Host, options.Smtp.Port);
        app.MapGet(EmailInboundMapper.AttachmentPathPrefix + "{id:guid}", AttachmentAsync).RequireAuthorization(Identity.IdentityPolicies.Agent); // customers' files: agents only
        return app;
    }

    private static async Task<IResult> AttachmentAsync(Guid id, HttpResponse response, EmailAttachmentStore attachments, CancellationToken cancellationToken)
    {
        var file = await attachments.FindAsync(id, cancellationToken);
        if (file is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such attachment.");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        var inline = InlineTypes.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase);
        return inline ? Results.File(file.Content, file.ContentType) : Results.File(file.Content, "application/octet-stream", file.FileName);
    }
}
