using ContactCentre.Bot.Outbound.Campaigns;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.WhatsApp;
using ContactCentre.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.Outbound;

/// <summary>The host as a child process, SIGKILLed in the middle of a campaign and started again on the same database.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class CampaignRestartTests(ITestOutputHelper output)
{
    private const string ContentSid = "HXfedcba9876543210fedcba9876543210";
    private const int Recipients = 20;

    [Fact]
    public async Task HostKilledMidSend_RestartResumes_EveryRecipientGetsTheCampaignExactlyOnce()
    {
        using var store = new RuntimeStore();
        using var twilio = new FakeTwilio();
        string[] settings =
        [
            $"--Database:ConnectionString={store.ConnectionString}",
            "--Database:SeedDemoData=true",
            $"--Channels:Twilio:AccountSid={FakeTwilio.AccountSid}",
            $"--Channels:Twilio:AuthToken={FakeTwilio.AuthToken}",
            $"--Channels:Twilio:WhatsAppFrom={FakeTwilio.Sender}",
            $"--Channels:Twilio:ApiBaseUrl={twilio.BaseUrl}",
            "--Outbox:PollSeconds=0.2",
            "--Outbox:LeaseSeconds=2",
            "--Outbound:Campaigns:BatchSize=5",
            "--Logging:LogLevel:Default=Warning",
            .. CampaignWorld.AlwaysOpen,
        ];

        var first = await BotProcess.StartAsync(settings, CampaignDispatcher.AfterBatchCrashPoint, TimeSpan.FromSeconds(60));
        Guid campaignId;
        await using (first)
        {
            for (var i = 1; i <= Recipients; i++)
            {
                await CampaignWorld.AddAsync(store.Stores, $"restart{i:00}", CampaignWorld.Phone(100 + i), null);
            }

            campaignId = await AddStartedCampaignAsync(store);

            // The dispatcher stops after queueing its first batch; the outbox sends that batch; then the host is killed.
            await first.WaitForOutputAsync($"CRASHPOINT {CampaignDispatcher.AfterBatchCrashPoint}", TimeSpan.FromSeconds(30));
            await WhatsAppHost.EventuallyAsync(() => SentAsync(store), sent => sent == 5, TimeSpan.FromSeconds(30), "first batch sent");
            await first.KillAsync();
        }

        Assert.Equal(5, twilio.Accepted.Count(c => c.Field("ContentSid") == ContentSid));
        await using (var db = store.Stores.Create())
        {
            Assert.Equal(Recipients, await db.CampaignRecipients.CountAsync(r => r.CampaignId == campaignId));
            Assert.Equal(Recipients - 5, await db.CampaignRecipients.CountAsync(r => r.CampaignId == campaignId && r.State == RecipientState.Pending));
        }

        await using var second = await BotProcess.StartAsync(settings, null, TimeSpan.FromSeconds(60));
        await WhatsAppHost.EventuallyAsync(() => StatusAsync(store, campaignId), s => s == CampaignStatus.Completed, TimeSpan.FromSeconds(60), "campaign completed");
        await WhatsAppHost.EventuallyAsync(() => SentAsync(store), sent => sent == Recipients, TimeSpan.FromSeconds(30), "all sent");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a quiet period: a duplicate would show up now

        var perPhone = twilio.Accepted.Where(c => c.Field("ContentSid") == ContentSid).GroupBy(c => c.Field("To")!).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", perPhone.Select(p => $"{p.Key}×{p.Value}")));
        Assert.Equal(Recipients, perPhone.Count);
        Assert.All(perPhone.Values, n => Assert.Equal(1, n));
        await using (var db = store.Stores.Create())
        {
            Assert.Equal(Recipients, await db.CampaignRecipients.CountAsync(r => r.CampaignId == campaignId && r.State == RecipientState.Queued));
        }
    }

    private static async Task<Guid> AddStartedCampaignAsync(RuntimeStore store)
    {
        await using var db = store.Stores.Create();
        var campaign = new Campaign
        {
            Id = Guid.NewGuid(),
            Name = "Reinício no meio do envio",
            Channel = CampaignChannels.WhatsApp,
            Segment = new CampaignSegment { Product = CampaignWorld.Product },
            Text = "Olá, {customer}! Novidades na pesquisa.",
            ContentSid = ContentSid,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = "test",
        };
        campaign.Schedule(DateTimeOffset.UtcNow.AddSeconds(-1));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    private static async Task<int> SentAsync(RuntimeStore store)
    {
        await using var db = store.Stores.Create();
        return await db.Outbox.CountAsync(m => m.Channel == "whatsapp" && m.Status == OutboxStatus.Sent);
    }

    private static async Task<CampaignStatus> StatusAsync(RuntimeStore store, Guid id)
    {
        await using var db = store.Stores.Create();
        return await db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }
}
