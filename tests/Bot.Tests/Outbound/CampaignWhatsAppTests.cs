using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WhatsApp;
using ContactCentre.Domain.Campaigns;
using ContactCentre.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Outbound;

/// <summary>WhatsApp campaigns on real Kestrel against the fake Twilio (WireMock.Net, Twilio's wire format), driven through the managers' API.</summary>
[Collection(WhatsAppCollection.Name)]
public sealed class CampaignWhatsAppTests
{
    private const string ContentSid = "HX0123456789abcdef0123456789abcdef";

    private static async Task<(TestHost Host, FakeTwilio Twilio)> StartAsync()
    {
        var twilio = new FakeTwilio();
        var host = await TestHost.StartAsync([
            "--Database:SeedDemoData=true",
            $"--Channels:Twilio:AccountSid={FakeTwilio.AccountSid}",
            $"--Channels:Twilio:AuthToken={FakeTwilio.AuthToken}",
            $"--Channels:Twilio:WhatsAppFrom={FakeTwilio.Sender}",
            $"--Channels:Twilio:ApiBaseUrl={twilio.BaseUrl}",
            "--Outbox:PollSeconds=0.2",
            .. CampaignWorld.AlwaysOpen]);
        return (host, twilio);
    }

    [Fact]
    public async Task Campaign_SegmentCountedRight_EachRecipientOnce_OptedOutSkipped_ReplyCarriesTheCampaign()
    {
        var (host, twilio) = await StartAsync();
        await using var hostScope = host;
        using var twilioScope = twilio;
        var stores = host.App.Services.GetRequiredService<StoreFactory>();
        for (var i = 1; i <= 9; i++)
        {
            await CampaignWorld.AddAsync(stores, $"camp{i:00}", CampaignWorld.Phone(i), null);
        }

        await CampaignWorld.AddAsync(stores, "camp-optout", CampaignWorld.Phone(10), null, optedOut: true);
        await CampaignWorld.AddAsync(stores, "camp-shared", CampaignWorld.Phone(1), null);          // R4: same phone as camp01 → one message
        await CampaignWorld.AddAsync(stores, "camp-mailonly", null, "so-email@customer.test");      // no phone: unreachable on WhatsApp
        await CampaignWorld.AddAsync(stores, "camp-other", CampaignWorld.Phone(11), null, buyer: false); // not in the segment

        using var manager = await SignedInClient.CreateAsync(host, DemoUsers.Manager);
        var segment = new { product = CampaignWorld.Product };
        using (var preview = await manager.Http.PostAsJsonAsync("/api/outbound/campaigns/preview", new { channel = "whatsapp", segment }))
        {
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(9, body.GetProperty("count").GetInt32());
            Assert.Equal(1, body.GetProperty("optedOut").GetInt32());
            Assert.Equal(1, body.GetProperty("unreachable").GetInt32());
            Assert.Equal(1, body.GetProperty("sharedAddress").GetInt32());
            Assert.Equal(3.15m, body.GetProperty("estimatedCost").GetDecimal());
        }

        using var created = await manager.Http.PostAsJsonAsync("/api/outbound/campaigns", new
        {
            name = "Volta às aulas",
            channel = "whatsapp",
            segment,
            text = "Olá, {customer}! Temos 20% de desconto para voltar a usar a pesquisa.",
            contentSid = ContentSid,
            contentVariables = new Dictionary<string, string> { ["1"] = "{customer}" },
            discountPercent = 20,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var scheduled = await manager.Http.PostAsJsonAsync($"/api/outbound/campaigns/{id}/schedule", new { startAt = (DateTimeOffset?)null }))
        {
            Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        }

        var status = await WhatsAppHost.EventuallyAsync(() => manager.Http.GetFromJsonAsync<JsonElement>($"/api/outbound/campaigns/{id}"),
            s => s.GetProperty("status").GetString() == "completed" && s.GetProperty("counts").GetProperty("sent").GetInt32() == 9, TimeSpan.FromSeconds(30), "campaign sent");
        Assert.Equal(9, status.GetProperty("counts").GetProperty("audience").GetInt32());

        var calls = twilio.Accepted.Where(c => c.Field("ContentSid") == ContentSid).ToList();
        var perPhone = calls.GroupBy(c => c.Field("To")).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(9, perPhone.Count);
        Assert.All(perPhone.Values, n => Assert.Equal(1, n));
        Assert.DoesNotContain($"whatsapp:{CampaignWorld.Phone(10)}", perPhone.Keys);
        Assert.DoesNotContain($"whatsapp:{CampaignWorld.Phone(11)}", perPhone.Keys);
        var toCamp02 = calls.Single(c => c.Field("To") == $"whatsapp:{CampaignWorld.Phone(2)}");
        using (var variables = JsonDocument.Parse(toCamp02.Field("ContentVariables")!))
        {
            Assert.Equal("Escritório camp02", variables.RootElement.GetProperty("1").GetString());
        }

        // Every message is in a transcript and the customer's history (R1), like any contact.
        await using (var db = stores.Create())
        {
            var interaction = await db.Interactions.AsNoTracking().SingleAsync(i => i.CustomerId == "camp02");
            Assert.Equal("whatsapp", interaction.Channel);
            var line = await db.Transcript.AsNoTracking().SingleAsync(t => t.ConversationId == interaction.ConversationId && t.Kind == ContactCentre.Bot.Runtime.TranscriptKind.Outbound);
            Assert.Contains("20% de desconto", line.Text, StringComparison.Ordinal);
        }

        // Scheduling again, or another round, sends nothing more.
        using (var again = await manager.Http.PostAsJsonAsync($"/api/outbound/campaigns/{id}/schedule", new { startAt = (DateTimeOffset?)null }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        // The customer answers: the campaign is on the conversation and on the record (R13 reads the flag and the discount).
        using var client = new HttpClient();
        var inbound = new Uri(host.BaseAddress, TwilioWebhook.InboundPath).ToString();
        using (var reply = await TwilioWebhook.PostAsync(client, inbound, TwilioWebhook.Message(TwilioWebhook.NewMessageSid(), CampaignWorld.Phone(2), "quero saber mais")))
        {
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        }

        await using (var db = stores.Create())
        {
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == "camp02");
            Assert.True(customer.Campaign);
            Assert.Equal(20m, customer.CampaignDiscountPercent);
            var recipient = await db.CampaignRecipients.AsNoTracking().SingleAsync(r => r.CustomerId == "camp02");
            Assert.NotNull(recipient.RepliedAt);
            Assert.Equal(recipient.ConversationId, recipient.ReplyConversationId);
        }

        var final = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/outbound/campaigns/{id}");
        Assert.Equal(1, final.GetProperty("counts").GetProperty("replied").GetInt32());
        Assert.Equal(9, twilio.Accepted.Count(c => c.Field("ContentSid") == ContentSid));
    }

    [Fact]
    public async Task CampaignApi_IsForManagers_AndNamesEachInvalidField()
    {
        var (host, twilio) = await StartAsync();
        await using var hostScope = host;
        using var twilioScope = twilio;
        using (var anonymous = await host.Client.GetAsync(new Uri("/api/outbound/campaigns", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var agent = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana")))
        using (var forbidden = await agent.Http.GetAsync(new Uri("/api/outbound/campaigns", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var manager = await SignedInClient.CreateAsync(host, DemoUsers.Manager);
        using var invalid = await manager.Http.PostAsJsonAsync("/api/outbound/campaigns", new
        {
            name = "x", channel = "whatsapp", text = "Olá", contentSid = "not-a-sid", segment = new { product = "nope", scheduleTag = "urgente" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("contentSid", out _));
        Assert.True(errors.TryGetProperty("segment.product", out _));
        Assert.True(errors.TryGetProperty("segment.scheduleTag", out _));

        using var missing = await manager.Http.GetAsync(new Uri($"/api/outbound/campaigns/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var openApi = await host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/outbound/campaigns/{id}/schedule", openApi, StringComparison.Ordinal);
    }
}
