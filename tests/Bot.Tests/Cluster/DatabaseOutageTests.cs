using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ContactCentre.Bot.Cluster;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Telegram;
using ContactCentre.Bot.Tests.WhatsApp;
using ContactCentre.Bot.WhatsApp;
using ContactCentre.Channels.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Cluster;

/// <summary>
/// The database gone for 10 s (its connections cut and refused, through a gate in front of the real PostgreSQL):
/// nothing a provider was told we took is lost, nothing is answered twice. Twilio does not retry a 5xx, so its
/// messages are spooled to disk and acknowledged; Telegram retries any non-2xx, so it gets one.
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [ClusterFact]
    public async Task DatabaseAway10s_TwilioMessagesSpooledAcknowledged_ThenAnsweredOnceInOrder()
    {
        using var twilio = new FakeTwilio();
        await using var gate = new TcpGate(ClusterEnvironment.PostgresPort);
        var db = await ClusterEnvironment.NewPostgresBehindAsync(gate);
        var spool = Path.Combine(Path.GetTempPath(), $"cc-spool-{Guid.NewGuid():N}");
        await using var host = await WhatsAppHost.StartAsync(twilio, db, null, $"--Cluster:SpoolDirectory={spool}", "--Cluster:SpoolRetrySeconds=0.2");
        var ana = WhatsAppEndToEndTests.NewCustomer();
        var bruno = WhatsAppEndToEndTests.NewCustomer();

        var before = TwilioWebhook.NewMessageSid();
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, before, ana, "oi"));
        // Its replies are sent and recorded first (a cut between Twilio's accepting and our recording is the one
        // window where a reply may go twice, after its lease: not what this test is about).
        await WhatsAppHost.EventuallyAsync(host.OutboxAsync, r => r.Count > 0 && r.All(m => m.Status == OutboxStatus.Sent), what: "the first replies");

        // The database goes away; Twilio keeps calling.
        gate.Close();
        var down = Stopwatch.StartNew();
        var during = new[] { (Sid: TwilioWebhook.NewMessageSid(), From: ana, Text: "quanto custa 3 pesquisas?"), (Sid: TwilioWebhook.NewMessageSid(), From: bruno, Text: "oi"), (Sid: TwilioWebhook.NewMessageSid(), From: ana, Text: "obrigado") };
        foreach (var message in during)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(host, message.Sid, message.From, message.Text));
        }

        // Acknowledged only once each is on disk.
        var spooled = Directory.GetFiles(spool, "*.inbound.json");
        Assert.Equal(during.Length, spooled.Length);
        Assert.All(during, m => Assert.Single(spooled, f => File.ReadAllText(f).Contains(m.Sid, StringComparison.Ordinal)));
        var repliesBefore = twilio.Accepted.Count;

        await Task.Delay(Outage - down.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        gate.Open();
        output.WriteLine($"database away for {down.Elapsed.TotalSeconds:F1} s; {spooled.Length} messages spooled.");

        // Replayed through the normal claim once the database answers; the spool empties.
        await WhatsAppHost.EventuallyAsync(() => Task.FromResult(Directory.GetFiles(spool, "*.inbound.json").Length), n => n == 0,
            TimeSpan.FromSeconds(30), "the spool emptied");
        var rows = await WhatsAppHost.EventuallyAsync(host.OutboxAsync, r => r.Count > 0 && r.All(m => m.Status is OutboxStatus.Sent),
            TimeSpan.FromSeconds(30), "every reply sent");
        await Task.Delay(1000); // a late duplicate would arrive now

        await using var context = host.Stores.Create();
        var claims = await context.InboundClaims.AsNoTracking().Where(c => c.Channel == "whatsapp").ToListAsync();
        Assert.Equal(during.Length + 1, claims.Count);
        Assert.All(during, m => Assert.Single(claims, c => c.ProviderMessageId == m.Sid));
        Assert.All(during, m => Assert.Contains(rows, r => r.ReplyToProviderId == m.Sid));

        // Each reply row went to Twilio exactly once.
        Assert.Equal(rows.Count, twilio.Accepted.Count);
        Assert.Equal(rows.Select(r => r.ProviderMessageId).Order(), twilio.Accepted.Select(c => c.Sid).Order());
        Assert.True(twilio.Accepted.Count > repliesBefore);

        // Ana's two messages were answered in the order she sent them.
        var anaLines = await context.Transcript.AsNoTracking().Where(t => t.Kind == TranscriptKind.Inbound)
            .Join(context.Conversations.Where(c => c.CustomerAddress == "whatsapp:" + ana || c.CustomerAddress == ana), t => t.ConversationId, c => c.Id, (t, _) => t)
            .OrderBy(t => t.At).ThenBy(t => t.Sequence).Select(t => t.Text).ToListAsync();
        Assert.Equal(new[] { "oi", "quanto custa 3 pesquisas?", "obrigado" }, anaLines);
    }

    [ClusterFact]
    public async Task DatabaseAway_TelegramGetsNon2xx_ItsRetryAfterwardsAnsweredOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var gate = new TcpGate(ClusterEnvironment.PostgresPort);
        var db = await ClusterEnvironment.NewPostgresBehindAsync(gate);
        await using var node = await InProcessNode.StartAsync([.. InProcessNode.Settings(db),
            $"--Channels:Telegram:BotToken={FakeBotApi.Token}", $"--Channels:Telegram:SecretToken={TelegramHost.Secret}", $"--Channels:Telegram:ApiBaseUrl={api.BaseUrl}"]);
        var chat = TelegramHost.NewChatId();
        var update = TelegramUpdates.Text(Random.Shared.Next(1, int.MaxValue), chat, "oi");

        gate.Close();
        var refused = await PostTelegramAsync(node, update);
        Assert.False(refused.IsSuccessStatusCode, $"answered {(int)refused.StatusCode} while the database was away: Telegram would not retry");
        Assert.True((int)refused.StatusCode >= 500);
        await Task.Delay(1000);
        gate.Open();

        // Telegram's retry (same update_id) is taken once the database is back; a second retry is a duplicate.
        var retried = await EventuallyOkAsync(() => PostTelegramAsync(node, update));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("\"processed\"", await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await PostTelegramAsync(node, update);
        Assert.Contains("\"duplicate\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var context = node.Stores.Create();
        var address = chat.ToString(CultureInfo.InvariantCulture);
        await WhatsAppHost.EventuallyAsync(async () => await context.Outbox.AsNoTracking().Where(m => m.Recipient == address).Select(m => m.Status).ToListAsync(),
            s => s.Count > 0 && s.All(x => x == OutboxStatus.Sent), what: "replies sent");
        var replies = await context.Outbox.AsNoTracking().CountAsync(m => m.Recipient == address);
        await Task.Delay(500);
        Assert.Equal(replies, api.To(chat).Count);
    }

    private static async Task<HttpStatusCode> PostAsync(WhatsAppHost host, string sid, string from, string text)
    {
        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(sid, from, text));
        Assert.Equal(WhatsAppEndpoints.EmptyTwiml, await response.Content.ReadAsStringAsync());
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> PostTelegramAsync(InProcessNode node, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramAdapter.SecretHeader, TelegramHost.Secret);
        return await node.Client.SendAsync(request);
    }

    /// <summary>Telegram retries with growing pauses; a pooled connection the outage cut may fail once more first.</summary>
    private static async Task<HttpResponseMessage> EventuallyOkAsync(Func<Task<HttpResponseMessage>> post)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await post();
            if (response.IsSuccessStatusCode || attempt == 20)
            {
                return response;
            }

            await Task.Delay(250);
        }
    }
}
