namespace ContactCentre.Bot.Security;

/// <summary>
/// Security headers on every response: no MIME sniffing, a strict referrer policy, and a Content Security Policy
/// that allows only this origin's scripts. The web chat page ("/") may be framed by the sites that embed it
/// (embed.js; Security:ChatFrameAncestors, default any) and allows what botframework-webchat needs (its emotion
/// styles, blob: images and worker); every other page may not be framed at all. A response that set its own
/// policy (the media proxy's sandbox) keeps it.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, Microsoft.Extensions.Options.IOptions<SecurityOptions> options)
{
    private const string Common = "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; "
        + "img-src 'self' data: blob: https:; media-src 'self' data: blob: https:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; ";

    // botframework-webchat probes features with eval (caught when refused, but noisy), starts a blob: worker and
    // reads the files a customer picks for upload back through blob: URLs.
    private const string Chat = Common + "script-src 'self' 'unsafe-eval'; worker-src 'self' blob:; connect-src 'self' blob: data:; ";
    private const string Page = Common + "script-src 'self'; worker-src 'self'; connect-src 'self'; ";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                var chat = context.Request.Path == "/" || context.Request.Path.StartsWithSegments("/webchat");
                headers.ContentSecurityPolicy = chat
                    ? Chat + "frame-ancestors " + options.Value.ChatFrameAncestors
                    : Page + "frame-ancestors 'none'";
                if (!chat)
                {
                    headers.XFrameOptions = "DENY"; // browsers without frame-ancestors
                }
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
