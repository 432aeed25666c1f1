using System.Net.Http.Json;
using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Tests.Runtime;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class AnalyticsApiTests
{
    [Fact]
    public async Task Conversations_CountedByChannelAndDay_AndExportedAsCsv()
    {
        await using var api = await StudioApi.StartAsync("--Channels:Test:Enabled=true", $"--Channels:Test:Secret={TestChannelClient.Secret}");
        var client = await api.ClientWithScopesAsync(StudioScopes.Analytics);
        await TestChannelClient.PostForOutcomeAsync(api.Host.Client, $"a-{Guid.NewGuid():N}", "cliente-a", "oi");
        await TestChannelClient.PostForOutcomeAsync(api.Host.Client, $"b-{Guid.NewGuid():N}", "cliente-b", "quero falar com um atendente");

        var table = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/analytics/conversations"));
        var row = Assert.Single(table.GetProperty("rows").EnumerateArray());
        Assert.Equal("test", row[1].GetString());
        Assert.Equal(2, row[2].GetInt32());

        var containment = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/analytics/containment"));
        Assert.Equal(2, containment.GetProperty("totals").GetProperty("conversations").GetInt32());
        Assert.Equal(1, containment.GetProperty("totals").GetProperty("handedOff").GetInt32());

        using var csv = await client.GetAsync("/api/studio/analytics/conversations?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,channel,conversations", lines[0]);
        Assert.EndsWith(",test,2", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryReport_Answers_AndBadRangesAre400()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Analytics);
        foreach (var report in (await StudioApi.JsonAsync(await client.GetAsync("/api/studio/analytics"))).EnumerateArray().Select(r => r.GetString()))
        {
            var table = await StudioApi.JsonAsync(await client.GetAsync($"/api/studio/analytics/{report}?from=2026-01-01&to=2026-12-31"));
            Assert.Equal(report, table.GetProperty("report").GetString());
        }

        await StudioApi.ProblemAsync(await client.GetAsync("/api/studio/analytics/quotes?from=2026-02-01&to=2026-01-01"), 400);
        await StudioApi.ProblemAsync(await client.GetAsync("/api/studio/analytics/quotes?from=01/02/2026"), 400);
        await StudioApi.ProblemAsync(await client.GetAsync("/api/studio/analytics/receita"), 404);
        await StudioApi.ProblemAsync(await (await api.ClientWithScopesAsync(StudioScopes.Data)).GetAsync("/api/studio/analytics/quotes"), 403);
    }
}
