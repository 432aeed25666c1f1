using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Studio.Webhooks;
using ContactCentre.Bot.Tests.Runtime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class WebhookTests
{
    [Fact]
    public async Task ConversationStarted_IsPostedSignedWithTheTranscriptLink_AndRetriedAfterA500()
    {
        using var crm = WireMockServer.Start();
        crm.Given(Request.Create().WithPath("/hooks").UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        crm.Given(Request.Create().WithPath("/hooks").UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200));

        await using var api = await StudioApi.StartAsync(
            "--Channels:Test:Enabled=true", $"--Channels:Test:Secret={TestChannelClient.Secret}",
            "--Studio:Webhooks:PollSeconds=0.2", "--Studio:Webhooks:RetryBaseSeconds=0.5", "--Studio:Webhooks:PublicBaseUrl=https://cc.example.com");
        var client = await api.ClientWithScopesAsync(StudioScopes.Webhooks);
        var created = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/webhooks",
            new { url = $"{crm.Url}/hooks", events = new[] { WebhookEvents.ConversationStarted } }));
        var secret = created.GetProperty("secret").GetString()!;
        var subscription = created.GetProperty("id").GetGuid();
        await WaitAsync(async () => await WatermarkSetAsync(api), "the feed's first round");

        await TestChannelClient.PostForOutcomeAsync(api.Host.Client, $"m-{Guid.NewGuid():N}", "cliente-webhook", "oi");
        await WaitAsync(() => Task.FromResult(crm.LogEntries.Count >= 2), "a failed first attempt and a retry");

        var attempts = crm.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(500, crm.LogEntries.First().ResponseMessage.StatusCode);
        Assert.Equal(attempts[0].Body, attempts[1].Body); // the retry is the same signed event
        foreach (var attempt in attempts)
        {
            var signature = attempt.Headers![WebhookSignature.Header].Single();
            Assert.True(WebhookSignature.Verify(secret, attempt.Body!, signature), "signature does not verify");
            Assert.False(WebhookSignature.Verify("another-secret-entirely", attempt.Body!, signature));
        }

        using var body = JsonDocument.Parse(attempts[0].Body!);
        Assert.Equal("conversation.started", body.RootElement.GetProperty("event").GetString());
        var link = body.RootElement.GetProperty("data").GetProperty("transcriptLink").GetString();
        Assert.StartsWith("https://cc.example.com/agent#conversation=", link, StringComparison.Ordinal);

        var deliveries = await StudioApi.JsonAsync(await client.GetAsync($"/api/studio/webhooks/{subscription}/deliveries"));
        await WaitAsync(async () => (await StudioApi.JsonAsync(await client.GetAsync($"/api/studio/webhooks/{subscription}/deliveries")))[0].GetProperty("status").GetString() == "delivered", "delivered status");
        deliveries = await StudioApi.JsonAsync(await client.GetAsync($"/api/studio/webhooks/{subscription}/deliveries"));
        var delivery = Assert.Single(deliveries.EnumerateArray());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Subscription_BadUrlOrUnknownEvent_Is400()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Webhooks);
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/webhooks", new { url = "ftp://crm" }), 400);
        var problem = await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/webhooks", new { url = "https://crm.example.com/h", events = new[] { "order" } }), 400);
        Assert.Contains("Unknown event 'order'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<bool> WatermarkSetAsync(StudioApi api)
    {
        await using var db = api.Host.App.Services.GetRequiredService<ContactCentre.Bot.Persistence.StoreFactory>().Create();
        return db.Settings.Any(s => s.Key == WebhookFeed.WatermarkKey);
    }

    /// <summary>Polls a condition the background services make true; fails naming it after a generous minute.</summary>
    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"timed out waiting for {what}");
    }
}
