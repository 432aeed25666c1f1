using System.Net;
using System.Net.Http.Json;
using ContactCentre.Bot.Routing;
using ContactCentre.Bot.Studio.Access;

namespace ContactCentre.Bot.Tests.Studio;

public sealed class CatalogueApiTests
{
    [Fact]
    public async Task RuleParameterOverride_TakesEffectInTheRunningHost_AndIsAuditedOldToNew()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Catalogue);
        var live = api.Host.App.Services.GetRequiredService<RoutingSettings>();
        Assert.Equal(TimeSpan.FromSeconds(120), live.Parameters.OfferTimeout);

        var view = await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/rules/parameters", new { values = new Dictionary<string, string?> { ["offerTimeout"] = "45s" } }));
        Assert.Equal(TimeSpan.FromSeconds(45), live.Parameters.OfferTimeout);
        var offer = view.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "offerTimeout");
        Assert.Equal("120", offer.GetProperty("configured").GetString());
        Assert.Equal("45", offer.GetProperty("effective").GetString());

        var history = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/rules/history"));
        var change = Assert.Single(history.EnumerateArray());
        Assert.Equal("api-key:tests", change.GetProperty("actor").GetString());
        Assert.Contains("45s", change.GetProperty("newValue").GetString(), StringComparison.Ordinal);

        await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/rules/parameters", new { values = new Dictionary<string, string?> { ["offerTimeout"] = null } }));
        Assert.Equal(TimeSpan.FromSeconds(120), live.Parameters.OfferTimeout);
    }

    [Fact]
    public async Task RuleParameter_BadValueOrUnknownName_Is400WithAppsettingsMessage_AndNothingChanges()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Catalogue);
        var problem = await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/rules/parameters", new { values = new Dictionary<string, string?> { ["manualInactivationDays"] = "quinze" } }), 400);
        Assert.Contains("Rule parameter 'manualInactivationDays' has value 'quinze'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        problem = await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/rules/parameters", new { values = new Dictionary<string, string?> { ["offerTimeot"] = "10" } }), 400);
        Assert.Contains("Unknown rule parameter 'offerTimeot'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(15, api.Host.App.Services.GetRequiredService<RoutingSettings>().Parameters.ManualInactivationDays);
        Assert.Empty((await StudioApi.JsonAsync(await client.GetAsync("/api/studio/rules/history"))).EnumerateArray());
    }

    [Fact]
    public async Task Calendar_HolidaysAndZoneApplyAtOnce_UnknownZoneIsRefused()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Catalogue);
        var problem = await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/rules/calendar", new { timeZone = "America/Atlantida" }), 400);
        Assert.Contains("'America/Atlantida' is not a known time zone", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/rules/calendar", new { holidays = new[] { "2026-13-01" } }), 400);

        await StudioApi.JsonAsync(await client.PutAsJsonAsync("/api/studio/rules/calendar", new { timeZone = "America/Manaus", holidays = new[] { "2026-11-20", "2026-12-25" } }));
        var live = api.Host.App.Services.GetRequiredService<RoutingSettings>();
        Assert.Equal("America/Manaus", live.TimeZone.Id);
        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 25)], live.Holidays);
    }

    [Fact]
    public async Task ProductPriceChange_IsQuotedByTheBot_AndEachVersionIsAudited()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Catalogue, StudioScopes.Flows);
        var product = new { name = "Intimação", unit = "advogado", price = 77.70m, synonyms = new[] { "intimações", "intimacoes" } };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/studio/catalogue/products/intimacao", product)).StatusCode);
        await StudioApi.ProblemAsync(await client.PutAsJsonAsync("/api/studio/catalogue/products/intimacao", product with { price = -1m }), 400);

        var history = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/catalogue/products/intimacao/history"));
        var version = Assert.Single(history.EnumerateArray());
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Contains("49.90", version.GetProperty("oldValue").GetString(), StringComparison.Ordinal);
        Assert.Contains("77.70", version.GetProperty("newValue").GetString(), StringComparison.Ordinal);

        var session = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/flows/default/test-chat", new { }));
        var id = session.GetProperty("sessionId").GetGuid();
        var turn = await StudioApi.JsonAsync(await client.PostAsJsonAsync($"/api/studio/flows/default/test-chat/{id}/turns", new { text = "quanto custa a intimação para 1 advogado?" }));
        Assert.Contains(turn.GetProperty("replies").EnumerateArray(), r => r.GetString()!.Contains("77,70", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KnowledgeAnswer_CreatedChangedDeactivated_EachVersionAudited()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Catalogue);
        await StudioApi.ProblemAsync(await client.PostAsJsonAsync("/api/studio/catalogue/knowledge", new { examples = Array.Empty<string>(), answer = "x" }), 400);
        var created = await StudioApi.JsonAsync(await client.PostAsJsonAsync("/api/studio/catalogue/knowledge", new { examples = new[] { "como troco a senha" }, answer = "Acesse Configurações > Senha." }));
        var id = created.GetProperty("id").GetGuid();
        await StudioApi.JsonAsync(await client.PutAsJsonAsync($"/api/studio/catalogue/knowledge/{id}", new { examples = new[] { "como troco a senha", "esqueci a senha" }, answer = "Use \"Esqueci a senha\" na tela de entrada." }));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/studio/catalogue/knowledge/{id}")).StatusCode);

        var history = await StudioApi.JsonAsync(await client.GetAsync($"/api/studio/catalogue/knowledge/{id}/history"));
        Assert.Equal(["deactivated", "updated", "created"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal([3, 2, 1], history.EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));
        var list = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/catalogue/knowledge"));
        Assert.False(list.EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id).GetProperty("active").GetBoolean());
    }
}
