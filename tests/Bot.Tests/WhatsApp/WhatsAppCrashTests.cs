using System.Net;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.WhatsApp;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>
/// The real host as a child process, SIGKILLed at a crash point and restarted on the same database, with the
/// fake Twilio counting Create Message calls per outbox row (the ?m= of each call's StatusCallback).
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class WhatsAppCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CrashTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KilledBetweenCommitAndSend_SentAfterRestart_Once()
    {
        using var twilio = new FakeTwilio();
        using var store = new RuntimeStore();
        var customer = WhatsAppEndToEndTests.NewCustomer();
        var sid = TwilioWebhook.NewMessageSid();
        var form = TwilioWebhook.Message(sid, customer, "quanto custa 3 pesquisas?");

        // Only the signal after commit (which the crash point precedes) would wake the sender: nothing is sent before the kill.
        await using (var crashing = await BotProcess.StartAsync([.. Settings(store, twilio), "--Outbox:PollSeconds=60"], CrashPoints.AfterCommit, StartTimeout))
        {
            var post = TwilioWebhook.PostAsync(crashing.Client, crashing.BaseAddress + "api/channels/whatsapp", form, signedUrl: PublicInboundUrl);
            await crashing.WaitForOutputAsync($"CRASHPOINT {CrashPoints.AfterCommit}", CrashTimeout);
            await crashing.KillAsync();
            Assert.NotNull(await Record.ExceptionAsync(async () => (await post).Dispose()));
        }

        Assert.Empty(twilio.Calls);

        // Twilio got no answer: it retries the same MessageSid on the restarted host, which finds the claim.
        await using var restarted = await BotProcess.StartAsync(Settings(store, twilio), crashAt: null, StartTimeout);
        using (var retry = await TwilioWebhook.PostAsync(restarted.Client, restarted.BaseAddress + "api/channels/whatsapp", form, signedUrl: PublicInboundUrl))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        var perRow = await SettleAsync(store, twilio, restarted);
        Assert.All(perRow.Values, count => Assert.Equal(1, count));
        var snapshot = await WhatsAppSnapshot.ReadAsync(store.Stores);
        Assert.Equal(1, snapshot.Claims);
        Assert.Contains(twilio.Accepted, c => c.Field("Body")!.Contains("R$ 45,00", StringComparison.Ordinal));
        output.WriteLine($"after restart: {perRow.Count} replies, each sent once.");
    }

    [Fact]
    public async Task KilledAfterTwilioAccepted_BeforeRecording_TheDocumentedWindow_AtMostOneExtraCopy()
    {
        using var twilio = new FakeTwilio();
        using var store = new RuntimeStore();
        var customer = WhatsAppEndToEndTests.NewCustomer();

        await using (var crashing = await BotProcess.StartAsync(Settings(store, twilio), CrashPoints.AfterProviderAccepted, StartTimeout))
        {
            using var acked = await TwilioWebhook.PostAsync(crashing.Client, crashing.BaseAddress + "api/channels/whatsapp",
                TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "quanto custa 3 pesquisas?"), signedUrl: PublicInboundUrl);
            Assert.Equal(HttpStatusCode.OK, acked.StatusCode);
            await crashing.WaitForOutputAsync($"CRASHPOINT {CrashPoints.AfterProviderAccepted}", CrashTimeout);
            await crashing.KillAsync();
        }

        var acceptedBeforeKill = twilio.Accepted.Single();

        // The row was leased (Sending) and Twilio's SID never recorded: after the lease, the restarted sender sends it again.
        await using var restarted = await BotProcess.StartAsync(Settings(store, twilio), crashAt: null, StartTimeout);
        var perRow = await SettleAsync(store, twilio, restarted);
        var twice = perRow.Where(p => p.Value == 2).Select(p => p.Key).ToList();
        Assert.All(perRow.Values, count => Assert.InRange(count, 1, 2));
        Assert.Equal([RowOf(acceptedBeforeKill)], twice);

        // The row ends recorded with its second copy's SID; the first copy is the one duplicate the window allows.
        var row = (await WhatsAppSnapshot.ReadAsync(store.Stores)).Outbox.Single(r => r.Id.ToString("N") == twice[0]);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.NotEqual(acceptedBeforeKill.Sid, row.ProviderMessageId);
        Assert.Equal(2, row.Attempts);
        output.WriteLine($"row {twice[0]} went twice ({acceptedBeforeKill.Sid}, {row.ProviderMessageId}); {perRow.Count - 1} other replies once.");
    }

    /// <summary>The host is "behind a proxy" at this address: webhooks are signed over it, and each send's StatusCallback names its row.</summary>
    private const string PublicBaseUrl = "https://bot.example.com";

    private const string PublicInboundUrl = PublicBaseUrl + "/api/channels/whatsapp";

    private static string[] Settings(RuntimeStore store, FakeTwilio twilio) =>
    [
        $"--Database:ConnectionString={store.ConnectionString}",
        "--Database:SeedDemoData=true",
        $"--Channels:Twilio:AccountSid={FakeTwilio.AccountSid}",
        $"--Channels:Twilio:AuthToken={FakeTwilio.AuthToken}",
        $"--Channels:Twilio:WhatsAppFrom={FakeTwilio.Sender}",
        $"--Channels:Twilio:ApiBaseUrl={twilio.BaseUrl}",
        $"--Channels:Twilio:PublicBaseUrl={PublicBaseUrl}",
        "--Outbox:PollSeconds=0.2",
        "--Outbox:LeaseSeconds=2",
        "--Logging:LogLevel:Default=Warning",
    ];

    private static string RowOf(TwilioCall call) => call.Field("StatusCallback")![^32..];

    /// <summary>Waits until every WhatsApp row is sent and at the fake, then a quiet period; returns Create Message calls accepted per row.</summary>
    private static async Task<Dictionary<string, int>> SettleAsync(RuntimeStore store, FakeTwilio twilio, BotProcess host)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var rows = (await WhatsAppSnapshot.ReadAsync(store.Stores)).Outbox;
            var seen = twilio.Accepted.Select(RowOf).ToHashSet(StringComparer.Ordinal);
            if (rows.Count > 0 && rows.All(r => r.Status == OutboxStatus.Sent && seen.Contains(r.Id.ToString("N"))))
            {
                var count = twilio.Calls.Count;
                await Task.Delay(TimeSpan.FromSeconds(1.5));
                if (twilio.Calls.Count == count)
                {
                    var perRow = rows.ToDictionary(r => r.Id.ToString("N"), _ => 0, StringComparer.Ordinal);
                    foreach (var call in twilio.Accepted)
                    {
                        perRow[RowOf(call)]++;
                    }

                    return perRow;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"WhatsApp outbox did not settle: [{string.Join(", ", rows.Select(r => $"{r.Id:N}:{r.Status}/{r.Attempts}/{r.LastError}"))}]\n{host.Output}");
            }

            await Task.Delay(100);
        }
    }
}
