using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Handoff;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.Console.Panel;

/// <summary>The panel's HTTP contract on real Kestrel + SQLite with real sign-in (cookie + CSRF): shapes, errors and who may see what.</summary>
public sealed class PanelEndpointTests
{
    private const string Silva = "+5511999990001";
    private const string Stranger = "+5511977776666";

    private static async Task<string> SilvaWithAnaAsync(PanelHost host)
    {
        await host.SayAsync(Silva, "quero comprar mais um advogado na intimação");
        var id = (await host.ConversationOfAsync(Silva)).Id;
        Assert.True((await host.Get<AgentActions>().AcceptAsync(id, "ana", CancellationToken.None)).Ok);
        return id;
    }

    [Fact]
    public async Task CustomerPanel_ForTheAgentHoldingTheConversation_HasEveryPart()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);
        using var ana = await PanelSession.SignInAsync(host, "ana@demo.cc");

        var panel = await ana.Http.GetFromJsonAsync<JsonElement>($"/api/console/conversations/{id}/customer");

        Assert.Equal("c-silva", panel.GetProperty("customer").GetProperty("id").GetString());
        foreach (var part in new[] { "contacts", "openInvoices", "schedules", "interactions", "sales", "complaints" })
        {
            Assert.Equal(JsonValueKind.Array, panel.GetProperty(part).ValueKind);
        }

        var invoice = panel.GetProperty("openInvoices")[0];
        Assert.Equal("B-1001", invoice.GetProperty("number").GetString());
        Assert.False(string.IsNullOrEmpty(invoice.GetProperty("paymentLine").GetString()));
        Assert.Equal("Counts", panel.GetProperty("schedules")[0].GetProperty("standing").GetString());
    }

    [Fact]
    public async Task CustomerPanel_OfAnotherTeamsConversation_Is403_AndSignedOutIs401()
    {
        await using var host = await PanelHost.StartAsync();
        await host.SayAsync(Stranger, "quero falar com um atendente"); // central's queue
        var id = (await host.ConversationOfAsync(Stranger)).Id;
        using var rui = await PanelSession.SignInAsync(host, "rui@demo.cc");       // sales
        using var fabi = await PanelSession.SignInAsync(host, "fabi@demo.cc");     // central
        using var supervisor = await PanelSession.SignInAsync(host, "supervisor@demo.cc");

        using var forbidden = await rui.Http.GetAsync($"/api/console/conversations/{id}/customer");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        using var unknownCustomer = await fabi.Http.GetAsync($"/api/console/conversations/{id}/customer");
        Assert.Equal(HttpStatusCode.NotFound, unknownCustomer.StatusCode); // visible, but the stranger has no record
        using var bySupervisor = await supervisor.Http.GetAsync($"/api/console/conversations/{id}/customer");
        Assert.Equal(HttpStatusCode.NotFound, bySupervisor.StatusCode);
        using var signedOut = await host.Client.GetAsync($"/api/console/conversations/{id}/customer");
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        using var note = await rui.Http.PostAsJsonAsync($"/api/console/conversations/{id}/notes", new { text = "espiando" });
        Assert.Equal(HttpStatusCode.Forbidden, note.StatusCode);
    }

    [Fact]
    public async Task Sale_AnswersWithTheR14CommissionAndWhy()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);
        using var ana = await PanelSession.SignInAsync(host, "ana@demo.cc");

        using var response = await ana.Http.PostAsJsonAsync($"/api/console/conversations/{id}/sale", new { productCode = "intimacao", quantity = 1 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ana", body.GetProperty("commission").GetProperty("beneficiary").GetString());
        Assert.Equal("R14", body.GetProperty("commission").GetProperty("rule").GetString());
        Assert.Equal("s-silva-intimacao", body.GetProperty("schedulesRemoved")[0].GetString());
    }

    [Fact]
    public async Task ChangesWithoutTheCsrfToken_AreRefused()
    {
        await using var host = await PanelHost.StartAsync();
        var id = await SilvaWithAnaAsync(host);
        using var ana = await PanelSession.SignInAsync(host, "ana@demo.cc");
        ana.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        using var response = await ana.Http.PostAsJsonAsync($"/api/console/conversations/{id}/notes", new { text = "sem token" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = host.Stores.Create();
        Assert.False(await db.Transcript.AnyAsync(t => t.Text == "sem token"));
    }

    [Fact]
    public async Task Schedule_BeyondR5_Is400NamingTheLimit_ValidOneIs201_RenewAndDelete()
    {
        await using var host = await PanelHost.StartAsync();
        using var ana = await PanelSession.SignInAsync(host, "ana@demo.cc");

        using var beyond = await ana.Http.PostAsJsonAsync("/api/console/customers/c-pereira/schedules", new { tag = "venda-com-contato", productCode = "intimacao", due = "2026-03-13" });
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        var problem = await beyond.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("saleWithContactBusinessDays", problem.GetProperty("limit").GetString());
        Assert.Contains("no máximo 2 dias úteis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var created = await ana.Http.PostAsJsonAsync("/api/console/customers/c-pereira/schedules", new { tag = "venda-com-contato", productCode = "intimacao" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schedule = await created.Content.ReadFromJsonAsync<JsonElement>();
        var sid = schedule.GetProperty("id").GetString();
        Assert.Equal("2026-03-12", schedule.GetProperty("due").GetString());

        using var renewed = await ana.Http.PostAsJsonAsync($"/api/console/schedules/{sid}/renew", new { due = "2026-03-17" });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        using var removed = await ana.Http.DeleteAsync($"/api/console/schedules/{sid}?reason=cliente%20desistiu");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        using var dani = await PanelSession.SignInAsync(host, "dani@demo.cc");
        using var otherTeam = await dani.Http.PostAsJsonAsync("/api/console/customers/c-pereira/schedules", new { tag = "suporte" });
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
    }

    [Fact]
    public async Task CannedReplies_Tasks_AndStartingAConversationFromATask()
    {
        await using var host = await PanelHost.StartAsync();
        using var ana = await PanelSession.SignInAsync(host, "ana@demo.cc");

        var replies = await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/canned-replies");
        Assert.Contains(replies.EnumerateArray(), r => r.GetProperty("title").GetString() == "Orçamento enviado");
        Assert.DoesNotContain(replies.EnumerateArray(), r => r.GetProperty("team").GetString() == "support");
        using var notManager = await ana.Http.PostAsJsonAsync("/api/console/canned-replies", new { title = "x", text = "y" });
        Assert.Equal(HttpStatusCode.Forbidden, notManager.StatusCode);

        var tasks = await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/tasks");
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("scheduleId").GetString() == "s-silva-intimacao");

        using var started = await ana.Http.PostAsJsonAsync("/api/console/conversations",
            new { customerId = "c-silva", channel = "test", text = "Olá! Retomando o orçamento da intimação.", scheduleId = "s-silva-intimacao" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("agent:ana", conversation.GetProperty("holder").GetString());
    }
}
