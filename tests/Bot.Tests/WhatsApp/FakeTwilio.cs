using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ContactCentre.Channels.WhatsApp;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>One Create Message call the fake received: its form, Basic credentials, and the SID it answered (null when it failed the call).</summary>
internal sealed record TwilioCall(IReadOnlyList<KeyValuePair<string, string>> Form, string? Authorization, int Status, string? Sid, DateTimeOffset At)
{
    public string? Field(string name) => Form.Get(name);

    public IReadOnlyList<string> All(string name) => [.. Form.Where(p => p.Key == name).Select(p => p.Value)];
}

/// <summary>
/// A local Twilio REST API (WireMock.Net on a loopback port) with Twilio's exact shapes: Create Message answers
/// 201 with a message resource (sid SM…, status queued, RFC 2822 dates, string num_media), errors are
/// {code, message, more_info, status}, media are served behind Basic auth and redirected to a "CDN" path
/// the way Twilio hands them out. Failures can be scripted ("500 twice, then accept").
/// </summary>
internal sealed class FakeTwilio : IDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test_auth_token_123";
    public const string Sender = "whatsapp:+14155238886";

    private readonly ConcurrentQueue<TwilioCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, string? Code, TimeSpan Delay)> _script = new();
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _mediaRequests = new();
    private readonly ConcurrentDictionary<string, (byte[] Content, string Type)> _media = new(StringComparer.Ordinal);
    private int _sequence;

    public FakeTwilio()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [BaseUrl], StartAdminInterface = false });
        Server.Given(Request.Create().WithPath($"/2010-04-01/Accounts/{AccountSid}/Messages.json").UsingPost())
            .RespondWith(Response.Create().WithCallback(CreateMessage));
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher($"/2010-04-01/Accounts/{AccountSid}/Messages/*/Media/*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(MediaResource));
        CdnBaseUrl = $"http://127.0.0.1:{FreePort()}";
        Cdn = WireMockServer.Start(new WireMockServerSettings { Urls = [CdnBaseUrl], StartAdminInterface = false });
        Cdn.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/cdn/*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(MediaContent));
    }

    public WireMockServer Server { get; }

    /// <summary>Where media are redirected to: another origin (another port), as Twilio's CDN is another host.</summary>
    public WireMockServer Cdn { get; }

    public string CdnBaseUrl { get; }

    /// <summary>http://127.0.0.1:PORT: the ApiBaseUrl the bot is given (WireMock reports its own URL as localhost, another host name).</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<TwilioCall> Calls => [.. _calls];

    public IReadOnlyList<TwilioCall> Accepted => [.. _calls.Where(c => c.Sid is not null)];

    public IReadOnlyList<(string Path, string? Authorization)> MediaRequests => [.. _mediaRequests];

    public static string ExpectedAuthorization => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));

    /// <summary>The next Create Message calls answer these statuses (with Twilio's error body; 429 with Retry-After: 1), then calls are accepted again.</summary>
    public void FailNext(params (int Status, string? Code)[] failures)
    {
        foreach (var (status, code) in failures)
        {
            _script.Enqueue((status, code, TimeSpan.Zero));
        }
    }

    /// <summary>The next Create Message call is accepted (the message exists at Twilio) but answered only after <paramref name="delay"/>.</summary>
    public void SlowNext(TimeSpan delay) => _script.Enqueue((201, null, delay));

    /// <summary>A media file as Twilio keeps it; returns the MediaUrl Twilio would put in the webhook.</summary>
    public string AddMedia(string messageSid, byte[] content, string contentType, string? redirectTo = null)
    {
        var mediaSid = "ME" + Guid.NewGuid().ToString("N");
        _media[mediaSid] = (content, contentType);
        if (redirectTo is not null)
        {
            _media[mediaSid + ":redirect"] = (Encoding.UTF8.GetBytes(redirectTo), "text/uri-list");
        }

        return $"{BaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages/{messageSid}/Media/{mediaSid}";
    }

    private ResponseMessage CreateMessage(IRequestMessage request)
    {
        var form = TwilioForm.Parse(request.Body ?? "");
        var authorization = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        if (authorization != ExpectedAuthorization)
        {
            return Record(form, authorization, 401, null, Error(401, "20003", "Authenticate"));
        }

        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.Delay > TimeSpan.Zero)
            {
                Thread.Sleep(scripted.Delay);
            }

            if (scripted.Status != 201)
            {
                var failed = Record(form, authorization, scripted.Status, null, Error(scripted.Status, scripted.Code ?? "20500", "Scripted failure"));
                if (scripted.Status == 429)
                {
                    failed.Headers!["Retry-After"] = new WireMockList<string>("1");
                }

                return failed;
            }
        }

        var sid = $"SM{Interlocked.Increment(ref _sequence):D8}{Guid.NewGuid():N}"[..34];
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var resource = new Dictionary<string, object?>
        {
            ["account_sid"] = AccountSid,
            ["api_version"] = "2010-04-01",
            ["body"] = form.Get("Body") ?? "",
            ["date_created"] = now,
            ["date_sent"] = null,
            ["date_updated"] = now,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = form.Get("From"),
            ["messaging_service_sid"] = null,
            ["num_media"] = form.Count(p => p.Key == "MediaUrl").ToString(CultureInfo.InvariantCulture),
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["sid"] = sid,
            ["status"] = "queued",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}/Media.json" },
            ["to"] = form.Get("To"),
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
        };
        return Record(form, authorization, 201, sid, JsonSerializer.Serialize(resource));
    }

    private ResponseMessage Record(IReadOnlyList<KeyValuePair<string, string>> form, string? authorization, int status, string? sid, string body)
    {
        _calls.Enqueue(new TwilioCall(form, authorization, status, sid, DateTimeOffset.UtcNow));
        return Json(status, body);
    }

    private ResponseMessage MediaResource(IRequestMessage request)
    {
        var authorization = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        _mediaRequests.Enqueue((request.Path, authorization));
        if (authorization != ExpectedAuthorization)
        {
            return Json(401, Error(401, "20003", "Authenticate"));
        }

        var mediaSid = request.Path[(request.Path.LastIndexOf('/') + 1)..];
        if (!_media.ContainsKey(mediaSid))
        {
            return Json(404, Error(404, "20404", "The requested resource was not found"));
        }

        // Twilio answers the media resource with a redirect to a short-lived CDN URL that needs no credentials.
        var location = _media.TryGetValue(mediaSid + ":redirect", out var redirect) ? Encoding.UTF8.GetString(redirect.Content) : $"{CdnBaseUrl}/cdn/{mediaSid}";
        return new ResponseMessage
        {
            StatusCode = 307,
            Headers = new Dictionary<string, WireMockList<string>> { ["Location"] = new(location) },
        };
    }

    private ResponseMessage MediaContent(IRequestMessage request)
    {
        var authorization = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        _mediaRequests.Enqueue((request.Path, authorization));
        var mediaSid = request.Path[(request.Path.LastIndexOf('/') + 1)..];
        if (!_media.TryGetValue(mediaSid, out var media))
        {
            return Json(404, "{}");
        }

        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(media.Type) },
            BodyData = new BodyData { BodyAsBytes = media.Content, DetectedBodyType = BodyType.Bytes },
        };
    }

    private static string Error(int status, string code, string message) => JsonSerializer.Serialize(new
    {
        code = int.Parse(code, CultureInfo.InvariantCulture),
        message,
        more_info = $"https://www.twilio.com/docs/errors/{code}",
        status,
    });

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json; charset=utf-8") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        Server.Dispose();
        Cdn.Dispose();
    }
}
