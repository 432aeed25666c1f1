using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ContactCentre.Channels.WhatsApp;

/// <summary>
/// Reads a Twilio webhook and decides whether to believe it, before anything maps or stores it:
/// a form body (415 otherwise) of bounded size (413), signed with our auth token over the URL Twilio
/// called and every parameter (403, Twilio's error 57012), for our account (403).
/// </summary>
public static class TwilioRequestReader
{
    /// <summary>Twilio's webhook bodies are a few kilobytes (Body is at most 4,096 characters).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<TwilioFormReading> ReadAsync(HttpRequest request, TwilioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return TwilioFormReading.Reject(StatusCodes.Status415UnsupportedMediaType, "Twilio webhooks are application/x-www-form-urlencoded.");
        }

        if (request.ContentLength > MaxBodyBytes || await ReadBodyAsync(request.Body, cancellationToken) is not { } body)
        {
            return TwilioFormReading.Reject(StatusCodes.Status413PayloadTooLarge, $"Body over {MaxBodyBytes} bytes.");
        }

        var form = TwilioForm.Parse(body);
        var signature = request.Headers[TwilioSignature.Header].ToString();
        if (signature.Length == 0)
        {
            return TwilioFormReading.Reject(StatusCodes.Status403Forbidden, $"Missing {TwilioSignature.Header}.");
        }

        if (!TwilioSignature.IsValid(options.AuthToken, SignedUrl(request, options.PublicBaseUrl), form, signature))
        {
            return TwilioFormReading.Reject(StatusCodes.Status403Forbidden, $"Invalid {TwilioSignature.Header} (Twilio error 57012).");
        }

        if (form.Get("AccountSid") is { Length: > 0 } account && !string.Equals(account, options.AccountSid, StringComparison.Ordinal))
        {
            return TwilioFormReading.Reject(StatusCodes.Status403Forbidden, "Unknown AccountSid.");
        }

        return new TwilioFormReading(form, StatusCodes.Status200OK, null);
    }

    /// <summary>The URL Twilio called: the configured public base (behind a proxy) or the request's own scheme and host, then path and query as received.</summary>
    public static string SignedUrl(HttpRequest request, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = string.IsNullOrWhiteSpace(publicBaseUrl) ? $"{request.Scheme}://{request.Host.Value}" : publicBaseUrl.TrimEnd('/');
        return origin + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.Value;
    }

    /// <summary>The body as text, or null when it is longer than <see cref="MaxBodyBytes"/> (chunked bodies have no Content-Length).</summary>
    private static async Task<string?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxBodyBytes)
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
