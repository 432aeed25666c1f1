using System.Net;
using System.Net.Http.Json;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.WhatsApp;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>The same message path on PostgreSQL: the claim, the outbox, status folding, media bytes and the window query.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class WhatsAppPostgresTests
{
    [PostgresFact]
    public async Task MessageReplyStatusesMediaAndWindow_OnPostgres()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio, await TestDatabases.NewPostgresAsync());
        var customer = WhatsAppEndToEndTests.NewCustomer();
        var sid = TwilioWebhook.NewMessageSid();
        var form = TwilioWebhook.Message(sid, customer, "quanto custa 3 pesquisas?");

        using (var first = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form))
        using (var retry = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        var rows = await WhatsAppEndToEndTests.SettledAsync(host, twilio);
        Assert.Equal(rows.Count, twilio.Accepted.Count);
        Assert.Contains(twilio.Accepted, c => c.Field("Body")!.Contains("R$ 45,00", StringComparison.Ordinal));

        // Out of order: read before delivered; a failure with its code on another message.
        foreach (var status in new[] { "read", "delivered", "sent" })
        {
            using var r = await TwilioWebhook.PostAsync(host.Client, WhatsAppSender.StatusCallbackUrl(Options(host), rows[0].Id)!,
                TwilioWebhook.Status(rows[0].ProviderMessageId!, status, customer));
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }

        using (var failed = await TwilioWebhook.PostAsync(host.Client, WhatsAppSender.StatusCallbackUrl(Options(host), rows[1].Id)!,
            TwilioWebhook.Status(rows[1].ProviderMessageId!, "undelivered", customer, "63016")))
        {
            Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        }

        var final = (await host.OutboxAsync()).ToDictionary(r => r.Id);
        Assert.Equal(OutboxStatus.Read, final[rows[0].Id].Status);
        Assert.Equal(OutboxStatus.Failed, final[rows[1].Id].Status);
        Assert.Equal("63016", final[rows[1].Id].ErrorCode);

        // A voice note is stored and served.
        var voiceSid = "MM" + Guid.NewGuid().ToString("N");
        var audio = new byte[5000];
        Random.Shared.NextBytes(audio);
        using (var voice = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl,
            TwilioWebhook.WithMedia(TwilioWebhook.Message(voiceSid, customer, ""), (twilio.AddMedia(voiceSid, audio, "audio/ogg"), "audio/ogg"))))
        {
            Assert.Equal(HttpStatusCode.OK, voice.StatusCode);
        }

        var media = await WhatsAppHost.EventuallyAsync(async () => (await WhatsAppSnapshot.ReadAsync(host.Stores)).Media,
            m => m.Count == 1 && m[0].Status == WhatsAppMediaStatus.Stored, what: "stored");
        using var supervisor = await SignedInClient.CreateUserAsync(host.App.Services, new Uri(host.BaseUrl));
        Assert.Equal(audio, await supervisor.Http.GetByteArrayAsync(new Uri(WhatsAppMediaStore.Path(media[0].Id), UriKind.Relative)));

        // The window: open now; closed once the last message is 25 h old, and free text then fails with 63016.
        var conversation = await WhatsAppStore.ConversationAsync(host, customer);
        Assert.True((await supervisor.Http.GetFromJsonAsync<WhatsAppWindowView>($"/api/channels/whatsapp/conversations/{conversation.Id}/window"))!.Open);
        await WhatsAppStore.AgeLastInboundAsync(host, customer, TimeSpan.FromHours(25));
        var late = await WhatsAppStore.QueueAsync(host, customer, "ainda está aí?");
        var refused = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == late), r => r.Status == OutboxStatus.Failed, what: "refused");
        Assert.Equal("63016", refused.ErrorCode);
        Assert.Equal(2, (await WhatsAppSnapshot.ReadAsync(host.Stores)).Transcript.Count(t => t.Kind == TranscriptKind.Event
            && t.ActivityJson.Contains(WhatsAppNotes.FailedEvent, StringComparison.Ordinal)));
    }

    private static Channels.WhatsApp.TwilioOptions Options(WhatsAppHost host) =>
        host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Channels.WhatsApp.TwilioOptions>>().Value;
}
