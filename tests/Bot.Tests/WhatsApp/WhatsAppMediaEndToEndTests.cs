using System.Net;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.WhatsApp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>Inbound media: fetched from Twilio's host only, with the account's credentials only there, stored, served to agents.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class WhatsAppMediaEndToEndTests
{
    [Fact]
    public async Task VoiceNote_FetchedWithCredentials_StoredPlayable_BotAsksForText()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = WhatsAppEndToEndTests.NewCustomer();
        var sid = "MM" + Guid.NewGuid().ToString("N");
        var audio = RandomBytes(48_000);
        var url = twilio.AddMedia(sid, audio, "audio/ogg");

        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl,
            TwilioWebhook.WithMedia(TwilioWebhook.Message(sid, customer, ""), (url, "audio/ogg")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The bot asks, politely, for text.
        await WhatsAppEndToEndTests.SettledAsync(host, twilio);
        Assert.Contains(twilio.Accepted, c => c.Field("Body")!.Contains("texto", StringComparison.Ordinal));

        // The transcript points at our copy, which plays (audio/ogg, ranges for seeking).
        var media = await WhatsAppHost.EventuallyAsync(async () => (await WhatsAppSnapshot.ReadAsync(host.Stores)).Media, m => m.Count == 1 && m[0].Status == WhatsAppMediaStatus.Stored, what: "stored");
        var inbound = (await WhatsAppSnapshot.ReadAsync(host.Stores)).Transcript.Single(t => t.Kind == TranscriptKind.Inbound);
        var attachment = Assert.Single(ActivityJson.Deserialize(inbound.ActivityJson).Attachments);
        Assert.Equal(WhatsAppMediaStore.Path(media[0].Id), attachment.ContentUrl);
        Assert.Equal("audio/ogg", attachment.ContentType);

        using var agent = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl)); // a customer's media is for agents
        using var served = await agent.Http.GetAsync(new Uri(attachment.ContentUrl!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("audio/ogg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(audio, await served.Content.ReadAsByteArrayAsync());
        Assert.Contains("bytes", served.Headers.AcceptRanges);

        using var range = new HttpRequestMessage(HttpMethod.Get, new Uri(attachment.ContentUrl!, UriKind.Relative));
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, 199);
        using var partial = await agent.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(audio[100..200], await partial.Content.ReadAsByteArrayAsync());

        // Credentials went to Twilio's media resource only, not to the CDN it redirected to.
        var requests = twilio.MediaRequests;
        Assert.Contains(requests, r => r.Path.Contains("/Media/", StringComparison.Ordinal) && r.Authorization == FakeTwilio.ExpectedAuthorization);
        Assert.Contains(requests, r => r.Path.StartsWith("/cdn/", StringComparison.Ordinal) && r.Authorization is null);
    }

    [Fact]
    public async Task ImageAndDocument_StoredAndServed_ActiveContentOnlyAsDownload()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var sid = "MM" + Guid.NewGuid().ToString("N");
        var image = RandomBytes(2_000);
        var html = "<html><script>alert(1)</script></html>"u8.ToArray();
        var form = TwilioWebhook.WithMedia(TwilioWebhook.Message(sid, WhatsAppEndToEndTests.NewCustomer(), "segue o comprovante"),
            (twilio.AddMedia(sid, image, "image/jpeg"), "image/jpeg"), (twilio.AddMedia(sid, html, "text/html"), "text/html"));

        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var media = await WhatsAppHost.EventuallyAsync(async () => (await WhatsAppSnapshot.ReadAsync(host.Stores)).Media,
            m => m.Count == 2 && m.All(x => x.Status == WhatsAppMediaStatus.Stored), what: "both stored");
        using var signedOut = await host.Client.GetAsync(new Uri(WhatsAppMediaStore.Path(media.Single(m => m.Index == 0).Id), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode); // a customer's media is for agents only
        using var agent = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        using var jpeg = await agent.Http.GetAsync(new Uri(WhatsAppMediaStore.Path(media.Single(m => m.Index == 0).Id), UriKind.Relative));
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image, await jpeg.Content.ReadAsByteArrayAsync());

        using var document = await agent.Http.GetAsync(new Uri(WhatsAppMediaStore.Path(media.Single(m => m.Index == 1).Id), UriKind.Relative));
        Assert.Equal("application/octet-stream", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", document.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("nosniff", document.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task MediaOutsideTwilio_NeverRequested_EvenByRedirect()
    {
        using var twilio = new FakeTwilio();
        using var elsewhere = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://localhost:{Runtime.BotProcess.FreePort()}"] });
        elsewhere.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("stolen"));
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var sid = "MM" + Guid.NewGuid().ToString("N");
        var customer = WhatsAppEndToEndTests.NewCustomer();
        var form = TwilioWebhook.WithMedia(TwilioWebhook.Message(sid, customer, "olha isso"),
            ($"{elsewhere.Urls[0]}/2010-04-01/Accounts/{FakeTwilio.AccountSid}/Messages/{sid}/Media/ME1", "image/png"),
            (twilio.AddMedia(sid, RandomBytes(10), "image/png", redirectTo: $"{elsewhere.Urls[0]}/cdn/steal"), "image/png"));

        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var media = await WhatsAppHost.EventuallyAsync(async () => (await WhatsAppSnapshot.ReadAsync(host.Stores)).Media,
            m => m.Count == 2 && m.All(x => x.Status != WhatsAppMediaStatus.Pending), what: "both settled");
        Assert.Equal(WhatsAppMediaStatus.Rejected, media.Single(m => m.Index == 0).Status);
        Assert.Equal(WhatsAppMediaStatus.Failed, media.Single(m => m.Index == 1).Status);
        Assert.Contains("not one of Twilio's hosts", media.Single(m => m.Index == 1).LastError, StringComparison.Ordinal);
        Assert.Empty(elsewhere.LogEntries);

        using var agent = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        using var gone = await agent.Http.GetAsync(new Uri(WhatsAppMediaStore.Path(media[0].Id), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
