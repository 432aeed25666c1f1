using System.Net;
using ContactCentre.Bot.Persistence;
using ContactCentre.Channels.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContactCentre.Bot.WhatsApp;

/// <summary>
/// Downloads registered media from Twilio with the account's credentials. The credentials go only to the
/// MediaUrl's own host, which must be Twilio's (or the configured allow-list); redirects (Twilio hands media
/// out from its CDN) are followed by hand, only to allowed hosts, and without credentials.
/// </summary>
public sealed class WhatsAppMediaFetcher(StoreFactory stores, IHttpClientFactory httpClients, IOptions<TwilioOptions> options, TimeProvider clock,
    ILogger<WhatsAppMediaFetcher> logger)
{
    public const string HttpClientName = "twilio-media";
    private const int MaxAttempts = 6;
    private const int MaxRedirects = 3;

    /// <summary>Fetches the media that are due; returns how many were stored.</summary>
    public async Task<int> FetchDueAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, string Url, int Attempts)> due;
        var now = clock.GetUtcNow();
        await using (var db = stores.Create())
        {
            var rows = await db.Set<WhatsAppMedia>().AsNoTracking()
                .Where(m => m.Status == WhatsAppMediaStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.CreatedAt)
                .Select(m => new { m.Id, m.SourceUrl, m.Attempts })
                .Take(20)
                .ToListAsync(cancellationToken);
            due = [.. rows.Select(r => (r.Id, r.SourceUrl, r.Attempts))];
        }

        var stored = 0;
        foreach (var (id, url, attempts) in due)
        {
            var result = await DownloadAsync(url, cancellationToken);
            await using var db = stores.Create();
            var media = await db.Set<WhatsAppMedia>().FirstAsync(m => m.Id == id, cancellationToken);
            media.Attempts = attempts + 1;
            if (result.Content is { } content)
            {
                media.Content = content;
                media.Size = content.LongLength;
                media.Status = WhatsAppMediaStatus.Stored;
                media.StoredAt = clock.GetUtcNow();
                media.LastError = null;
                stored++;
            }
            else
            {
                logger.LogWarning("WhatsApp media {Id} not fetched (attempt {Attempt}): {Error}", id, media.Attempts, result.Error);
                media.LastError = result.Error.Length <= 500 ? result.Error : result.Error[..500];
                media.Status = result.Retryable && media.Attempts < MaxAttempts ? WhatsAppMediaStatus.Pending : WhatsAppMediaStatus.Failed;
                media.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, media.Attempts)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return stored;
    }

    private async Task<(byte[]? Content, string Error, bool Retryable)> DownloadAsync(string source, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var url = new Uri(source);
        var origin = url.GetLeftPart(UriPartial.Authority);
        using var http = httpClients.CreateClient(HttpClientName);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!TwilioMediaHosts.IsAllowed(url, o.MediaHosts))
            {
                return (null, $"{url.Host} is not one of Twilio's hosts: not fetched.", false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (string.Equals(url.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = TwilioMessagesClient.BasicAuth(o);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return (null, e.Message, true);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    // 404 can be a media not yet available; 429/5xx are Twilio busy. 401/403: wrong credentials, final.
                    return (null, $"{url.Host} answered {status}.", status is 404 or 429 or >= 500);
                }

                if (response.Content.Headers.ContentLength > o.MaxMediaBytes)
                {
                    return (null, $"Media over {o.MaxMediaBytes} bytes.", false);
                }

                return await ReadCappedAsync(response, o.MaxMediaBytes, cancellationToken) is { } content
                    ? (content, "", false)
                    : (null, $"Media over {o.MaxMediaBytes} bytes.", false);
            }
        }

        return (null, "Too many redirects.", false);
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, long max, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > max)
            {
                return null;
            }

            await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return copy.ToArray();
    }

    /// <summary>The handler that never follows a redirect by itself (so credentials cannot follow one).</summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
}
