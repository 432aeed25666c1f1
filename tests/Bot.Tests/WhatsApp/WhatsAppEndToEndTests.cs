using System.Diagnostics;
using System.Net;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Runtime;
using ContactCentre.Bot.WhatsApp;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.WhatsApp;

/// <summary>
/// The channel end to end on real Kestrel against a local fake of Twilio's REST API: a message in, the
/// reply out through Create Message with the account's credentials, exactly once per MessageSid.
/// </summary>
[Collection(WhatsAppCollection.Name)]
public sealed class WhatsAppEndToEndTests(ITestOutputHelper output)
{
    /// <summary>After the outbox looks done, how long nothing more may reach the fake (a late duplicate would).</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task PriceQuestion_AcknowledgedWithEmptyTwiml_QuotePostedToTwilioWithAuthToFrom()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();
        var sid = TwilioWebhook.NewMessageSid();

        var clock = Stopwatch.StartNew();
        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(sid, customer, "quanto custa 3 pesquisas?"));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WhatsAppEndpoints.EmptyTwiml, await response.Content.ReadAsStringAsync());
        // Twilio gives up after 15 s; the only bound that matters to the customer is answering inside it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"acknowledged after {clock.Elapsed}: Twilio waits 15 s");

        var rows = await SettledAsync(host, twilio);
        var calls = twilio.Accepted;
        Assert.Equal(rows.Count, calls.Count);
        Assert.Contains(calls, c => c.Field("Body")!.Contains("R$ 45,00", StringComparison.Ordinal));
        Assert.All(calls, c =>
        {
            Assert.Equal(FakeTwilio.ExpectedAuthorization, c.Authorization);
            Assert.Equal("whatsapp:" + customer, c.Field("To"));
            Assert.Equal(FakeTwilio.Sender, c.Field("From"));
            Assert.StartsWith(host.StatusUrl + "?m=", c.Field("StatusCallback"), StringComparison.Ordinal);
        });

        // Every reply row is recorded with the SID Twilio gave it, and all of them answer this message.
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(calls.Select(c => c.Sid).Order(), rows.Select(r => r.ProviderMessageId).Order());
        Assert.All(rows, r => Assert.Equal(sid, r.ReplyToProviderId));
        output.WriteLine($"acknowledged in {clock.ElapsedMilliseconds} ms; replies: {string.Join(" | ", calls.Select(c => c.Field("Body")))}");
    }

    [Fact]
    public async Task SameMessageSid_RetriedInTurnAndConcurrently_StillOneReplySet()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();

        // Five copies at once (a retry arriving while the first is still being processed), then two later retries.
        var sid = TwilioWebhook.NewMessageSid();
        var form = TwilioWebhook.Message(sid, customer, "quanto custa 3 pesquisas?");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var copies = Enumerable.Range(0, 5).Select(async _ =>
        {
            await gate.Task;
            using var r = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form);
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(copies);
        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, WhatsAppEndpoints.EmptyTwiml), a));

        var rows = await SettledAsync(host, twilio);
        for (var i = 0; i < 2; i++)
        {
            using var retry = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, form);
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        await Task.Delay(QuietPeriod);
        var snapshot = await WhatsAppSnapshot.ReadAsync(host.Stores);
        Assert.Equal(1, snapshot.Claims);
        Assert.Single(snapshot.Transcript, t => t.Kind == TranscriptKind.Inbound);
        Assert.Equal(rows.Count, snapshot.Outbox.Count);
        Assert.Equal(rows.Count, twilio.Accepted.Count);
        Assert.Equal(rows.Count, twilio.Accepted.Select(c => c.Field("StatusCallback")).Distinct().Count());
        output.WriteLine($"7 copies of {sid}: 1 turn, {rows.Count} replies, {twilio.Calls.Count} Create Message calls.");
    }

    [Fact]
    public async Task TwilioAnswers500Twice_ThenAccepts_OneMessageEach_ThenDelivered()
    {
        using var twilio = new FakeTwilio();
        twilio.FailNext((500, null), (500, null));
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();

        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "quanto custa 3 pesquisas?"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var rows = await SettledAsync(host, twilio);
        Assert.Equal(2, twilio.Calls.Count(c => c.Status == 500));
        Assert.Equal(rows.Count, twilio.Accepted.Count);
        Assert.Equal(rows.Select(r => r.Id.ToString("N")).Order(), twilio.Accepted.Select(c => c.Field("StatusCallback")![^32..]).Order());
        Assert.Contains(rows, r => r.Attempts == 1 && r.LastError is null);

        // Twilio reports each message: sent, then delivered, on the callback URL it was given.
        foreach (var call in twilio.Accepted)
        {
            foreach (var status in new[] { "sent", "delivered" })
            {
                using var callback = await TwilioWebhook.PostAsync(host.Client, call.Field("StatusCallback")!, TwilioWebhook.Status(call.Sid!, status, customer));
                Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
            }
        }

        var final = await WhatsAppHost.EventuallyAsync(host.OutboxAsync, rs => rs.All(r => r.Status == OutboxStatus.Delivered), what: "all delivered");
        Assert.All(final, r => Assert.NotNull(r.StatusAt));
    }

    [Fact]
    public async Task TwilioThrottles429_RetriedAfterRetryAfter_Once()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = await StartConversationAsync(host, twilio);
        twilio.FailNext((429, "20429"));

        var id = await WhatsAppStore.QueueAsync(host, customer, "um momento, por favor");

        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Sent, what: "sent");
        var calls = twilio.Calls.Where(c => c.Field("StatusCallback")!.EndsWith(id.ToString("N"), StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 201], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms despite Retry-After: 1");
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task TwilioSlowerThanTheTimeout_RetriedWithBackoff_AndTheCopyItAcceptedIsTheDocumentedRisk()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio, null, "--Channels:Twilio:RequestTimeoutSeconds=1");
        var customer = await StartConversationAsync(host, twilio);
        twilio.SlowNext(TimeSpan.FromSeconds(2));

        var id = await WhatsAppStore.QueueAsync(host, customer, "segue a segunda via");

        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Sent, what: "sent");
        var accepted = twilio.Accepted.Where(c => c.Field("StatusCallback")!.EndsWith(id.ToString("N"), StringComparison.Ordinal)).ToList();

        // Twilio took the first call but answered after our timeout: without an idempotency key the retry is a second message.
        // (The slow one is recorded by the fake only when it finally answers, after the retry's.)
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        accepted = [.. twilio.Accepted.Where(c => c.Field("StatusCallback")!.EndsWith(id.ToString("N"), StringComparison.Ordinal))];
        Assert.Equal(2, accepted.Count);
        Assert.Contains(row.ProviderMessageId, accepted.Select(c => c.Sid));
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task InlineDocument_QuotePdf_OfferedToTwilioByOurUrl()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = await StartConversationAsync(host, twilio);
        var pdf = "%PDF-1.4 orçamento"u8.ToArray();

        var id = await WhatsAppStore.QueueAsync(host, customer, "Segue o orçamento em PDF.",
            [new Channels.Abstractions.Attachment("application/pdf", null, "orcamento-0001.pdf", Convert.ToBase64String(pdf))]);

        var row = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == id), r => r.Status == OutboxStatus.Sent, what: "sent");
        var call = twilio.Accepted.Single(c => c.Sid == row.ProviderMessageId);
        var mediaUrl = call.Field("MediaUrl")!;
        Assert.StartsWith(host.BaseUrl + "/api/channels/whatsapp/media/", mediaUrl, StringComparison.Ordinal);
        Assert.Equal("Segue o orçamento em PDF.", call.Field("Body"));

        // Twilio fetches it from us, as a PDF.
        using var fetched = await host.Client.GetAsync(new Uri(mediaUrl));
        Assert.Equal("application/pdf", fetched.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await fetched.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StatusCallbacks_OutOfOrderAndConcurrent_EndInTheMostAdvancedState()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();
        using (await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "quanto custa 3 pesquisas?")))
        {
        }

        await SettledAsync(host, twilio);
        var extra = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            extra.Add(await WhatsAppStore.QueueAsync(host, customer, $"mensagem {i}"));
        }

        var rows = await WhatsAppHost.EventuallyAsync(host.OutboxAsync, rs => rs.Count >= 5 && rs.All(r => r.Status == OutboxStatus.Sent), what: "all sent");
        var byId = rows.ToDictionary(r => r.Id);
        var readLate = byId[extra[0]];
        var failedThenDelivered = byId[extra[1]];
        var readThenFailed = byId[extra[2]];
        var shuffled = byId[extra[3]];

        async Task PostAsync(Outbox.OutboxMessage row, string status, string? error = null)
        {
            using var r = await TwilioWebhook.PostAsync(host.Client, WhatsAppSender.StatusCallbackUrl(Options(host), row.Id)!,
                TwilioWebhook.Status(row.ProviderMessageId!, status, customer, error));
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }

        foreach (var status in new[] { "delivered", "read", "sent", "queued", "delivered" })
        {
            await PostAsync(readLate, status);
        }

        await PostAsync(failedThenDelivered, "undelivered", "30008");
        await PostAsync(failedThenDelivered, "delivered");
        await PostAsync(failedThenDelivered, "read");
        await PostAsync(readThenFailed, "read");
        await PostAsync(readThenFailed, "failed", "30008");
        await Task.WhenAll(new[] { "queued", "sent", "read", "delivered", "sending", "sent", "delivered" }.Select(s => PostAsync(shuffled, s)));

        var final = (await host.OutboxAsync()).ToDictionary(r => r.Id);
        Assert.Equal(OutboxStatus.Read, final[readLate.Id].Status);
        Assert.Equal(OutboxStatus.Failed, final[failedThenDelivered.Id].Status);
        Assert.Equal("30008", final[failedThenDelivered.Id].ErrorCode);
        Assert.Contains("30008", final[failedThenDelivered.Id].LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Read, final[readThenFailed.Id].Status);
        Assert.Null(final[readThenFailed.Id].ErrorCode);
        Assert.Equal(OutboxStatus.Read, final[shuffled.Id].Status);

        var deliveries = (await host.DeliveriesAsync()).ToDictionary(d => d.MessageSid);
        Assert.Equal("undelivered", deliveries[failedThenDelivered.ProviderMessageId!].Status);
        Assert.Equal(7, deliveries[shuffled.ProviderMessageId!].Callbacks);

        // Agents see the failure in the transcript, explained.
        var snapshot = await WhatsAppSnapshot.ReadAsync(host.Stores);
        var note = Assert.Single(snapshot.Transcript, t => t.Kind == TranscriptKind.Event && t.ActivityJson.Contains(WhatsAppNotes.FailedEvent, StringComparison.Ordinal));
        Assert.Contains("erro 30008", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCallback_BeforeTheSendIsRecorded_ShownOnceItIs()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();
        using (await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "oi")))
        {
        }

        await SettledAsync(host, twilio);

        // A row the sender holds (leased, Twilio's answer not recorded yet) gets its "delivered" callback first.
        var rowId = Guid.NewGuid();
        var sid = TwilioWebhook.NewMessageSid();
        await using (var db = host.Stores.Create())
        {
            var conversation = db.Conversations.Single(c => c.CustomerAddress == customer);
            db.Outbox.Add(new OutboxMessage
            {
                Id = rowId, ConversationId = conversation.Id, Channel = "whatsapp", Recipient = customer, ActivityJson = "{}",
                CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow, Status = OutboxStatus.Sending, LeaseUntil = DateTimeOffset.UtcNow.AddHours(1),
            });
            await db.SaveChangesAsync();
        }

        using (var early = await TwilioWebhook.PostAsync(host.Client, $"{host.StatusUrl}?m={rowId:N}", TwilioWebhook.Status(sid, "delivered", customer)))
        {
            Assert.Equal(HttpStatusCode.NoContent, early.StatusCode);
        }

        Assert.Equal(OutboxStatus.Sending, (await host.OutboxAsync()).Single(r => r.Id == rowId).Status);
        Assert.False((await host.DeliveriesAsync()).Single(d => d.MessageSid == sid).Applied);

        // The sender's record write lands (as OutboxDrainer's does); the reconciler then shows the delivery.
        await using (var db = host.Stores.Create())
        {
            var row = db.Outbox.Single(r => r.Id == rowId);
            row.Status = OutboxStatus.Sent;
            row.ProviderMessageId = sid;
            row.LeaseUntil = null;
            await db.SaveChangesAsync();
        }

        var shown = await WhatsAppHost.EventuallyAsync(async () => (await host.OutboxAsync()).Single(r => r.Id == rowId), r => r.Status == OutboxStatus.Delivered, what: "delivered");
        Assert.NotNull(shown.StatusAt);
    }

    [Fact]
    public async Task Sender_RespectsTenMessagesPerSecond()
    {
        using var twilio = new FakeTwilio();
        await using var host = await WhatsAppHost.StartAsync(twilio);
        var customer = NewCustomer();
        using (await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "oi")))
        {
        }

        await SettledAsync(host, twilio);
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the bucket refills
        var before = twilio.Accepted.Count;
        for (var i = 0; i < 35; i++)
        {
            await WhatsAppStore.QueueAsync(host, customer, $"aviso {i}");
        }

        await WhatsAppHost.EventuallyAsync(() => Task.FromResult(twilio.Accepted.Count), n => n >= before + 35, TimeSpan.FromSeconds(30), "35 sends");
        var times = twilio.Accepted.Skip(before).Select(c => c.At).Order().ToList();

        // A token bucket of 10 per second: a burst of 10, then 10 each second (35 need three refills).
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(1.9), $"35 sends in {(times[^1] - times[0]).TotalSeconds:0.00} s");
        for (var i = 0; i + 20 < times.Count; i++)
        {
            Assert.True(times[i + 20] - times[i] >= TimeSpan.FromSeconds(0.9), $"21 sends within {(times[i + 20] - times[i]).TotalMilliseconds} ms");
        }

        output.WriteLine($"35 sends over {(times[^1] - times[0]).TotalSeconds:0.00} s");
    }

    internal static async Task<string> StartConversationAsync(WhatsAppHost host, FakeTwilio twilio)
    {
        var customer = NewCustomer();
        using var response = await TwilioWebhook.PostAsync(host.Client, host.InboundUrl, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), customer, "oi"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await SettledAsync(host, twilio);
        return customer;
    }

    internal static string NewCustomer() => "+55119" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Channels.WhatsApp.TwilioOptions Options(WhatsAppHost host) =>
        host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Channels.WhatsApp.TwilioOptions>>().Value;

    /// <summary>Waits until every WhatsApp outbox row is settled (no longer pending or sending) and the fake has them, then a quiet period.</summary>
    internal static async Task<List<OutboxMessage>> SettledAsync(WhatsAppHost host, FakeTwilio twilio)
    {
        var rows = await WhatsAppHost.EventuallyAsync(host.OutboxAsync,
            rs => rs.Count > 0 && rs.All(r => r.Status is not (OutboxStatus.Pending or OutboxStatus.Sending)), what: "outbox settled");
        var seen = twilio.Calls.Count;
        await Task.Delay(QuietPeriod);
        Assert.Equal(seen, twilio.Calls.Count);
        return await host.OutboxAsync();
    }
}
