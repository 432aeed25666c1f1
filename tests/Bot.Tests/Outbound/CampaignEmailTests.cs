using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Email;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Bot.Tests.WhatsApp;

namespace ContactCentre.Bot.Tests.Outbound;

/// <summary>E-mail campaigns through the real SMTP server of the e-mail tests (maildev), on real Kestrel.</summary>
[Collection(MailCollection.Name)]
public sealed class CampaignEmailTests(MailServers servers)
{
    [Fact]
    public async Task EmailCampaign_EachAddressGetsOneMailWithTheSubject_OptedOutGetsNone()
    {
        await using var mail = await EmailHost.StartAsync(servers, ["--Database:SeedDemoData=true", .. CampaignWorld.AlwaysOpen]);
        var run = Guid.NewGuid().ToString("N")[..8];
        var stores = mail.Host.App.Services.GetRequiredService<StoreFactory>();
        for (var i = 1; i <= 3; i++)
        {
            await CampaignWorld.AddAsync(stores, $"mail{i}-{run}", null, CampaignWorld.Email(run, i));
        }

        await CampaignWorld.AddAsync(stores, $"mail-optout-{run}", null, CampaignWorld.Email(run, 9), optedOut: true);

        using var manager = await SignedInClient.CreateAsync(mail.Host, DemoUsers.Manager);
        using var created = await manager.Http.PostAsJsonAsync("/api/outbound/campaigns", new
        {
            name = "Pesquisa retroativa",
            channel = "email",
            segment = new { product = CampaignWorld.Product },
            subject = "Novidade para {customer}",
            text = "Olá, {customer}! A pesquisa retroativa chegou.",
            startAt = DateTimeOffset.UtcNow.AddSeconds(-1),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await WhatsAppHost.EventuallyAsync(() => manager.Http.GetFromJsonAsync<JsonElement>($"/api/outbound/campaigns/{id}"),
            s => s.GetProperty("status").GetString() == "completed" && s.GetProperty("counts").GetProperty("sent").GetInt32() == 3, TimeSpan.FromSeconds(30), "campaign sent");
        for (var i = 1; i <= 3; i++)
        {
            var mails = await mail.Maildev.WaitAsync(CampaignWorld.Email(run, i), 1, TimeSpan.FromSeconds(20));
            var single = Assert.Single(mails);
            Assert.StartsWith($"Novidade para Escritório mail{i}-{run}", single.Subject, StringComparison.Ordinal);
            Assert.Contains("pesquisa retroativa chegou", single.Text, StringComparison.Ordinal);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await mail.Maildev.ToAsync(CampaignWorld.Email(run, 9)));
        for (var i = 1; i <= 3; i++)
        {
            Assert.Single(await mail.Maildev.ToAsync(CampaignWorld.Email(run, i)));
        }
    }
}
