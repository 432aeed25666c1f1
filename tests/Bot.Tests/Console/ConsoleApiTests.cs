using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Demo;
using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.AgentConsole;

/// <summary>/api/console on the real host: queue, detail, transcript, actions, visibility and status.</summary>
public sealed class ConsoleApiTests
{
    [Fact]
    public async Task OwnerSeesTheOfferWithR6Explanation_Accepts_Replies_Closes_AndTheCustomerGetsTheSatisfactionQuestion()
    {
        await using var host = await ConsoleWorld.StartAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        var conversation = await ConsoleWorld.OfferToAnaAsync(host);

        var queue = await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/queue");
        var offer = queue.GetProperty("offers").EnumerateArray().Single();
        Assert.Equal(conversation.Id, offer.GetProperty("id").GetString());
        Assert.Contains("R6", offer.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(offer.GetProperty("explanation").GetString()));
        Assert.Equal("Escritório Silva Advogados", offer.GetProperty("customerName").GetString());
        Assert.Equal(JsonValueKind.String, offer.GetProperty("offerDeadline").ValueKind);

        var accepted = await ConsoleWorld.JsonAsync(await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null));
        Assert.Equal("agent", accepted.GetProperty("holder").GetString());
        Assert.Contains(accepted.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("ruleIds").EnumerateArray().Any(r => r.GetString() == "R6"));
        Assert.Contains(accepted.GetProperty("transitions").EnumerateArray(), t => t.GetProperty("to").GetString() == "agent:ana" && t.GetProperty("by").GetString() == "ana");
        await ConsoleWorld.JsonAsync(await ana.Http.PostAsJsonAsync($"/api/console/conversations/{conversation.Id}/messages", new { text = "Olá, aqui é a Ana. Posso ajudar com a intimação?" }));
        var mine = await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/queue");
        Assert.Equal(conversation.Id, mine.GetProperty("mine").EnumerateArray().Single().GetProperty("id").GetString());
        await ConsoleWorld.JsonAsync(await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/close", null));

        using var closedForAna = await ana.Http.GetAsync($"/api/console/conversations/{conversation.Id}/transcript");
        Assert.Equal(HttpStatusCode.Forbidden, closedForAna.StatusCode); // back with the bot: no longer Ana's to read
        using var supervisor = await SignedInClient.CreateAsync(host, DemoUsers.Supervisor);
        var lines = (await supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/console/conversations/{conversation.Id}/transcript")).EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "inbound" && l.GetProperty("text").GetString() == ConsoleWorld.BuyIntimacao);
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "outbound" && l.GetProperty("sender").GetString() == "bot");
        Assert.Contains(lines, l => l.GetProperty("senderName").GetString() == "Ana Souza" && l.GetProperty("text").GetString()!.StartsWith("Olá, aqui é a Ana", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "outbound" && l.GetProperty("text").GetString()?.Contains("De 1 a 5", StringComparison.Ordinal) == true);
        Assert.Equal(lines.Select(l => l.GetProperty("seq").GetInt32()).Order(), lines.Select(l => l.GetProperty("seq").GetInt32()));
        var after = lines[^2].GetProperty("seq").GetInt32();
        Assert.Single((await supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/console/conversations/{conversation.Id}/transcript?after={after}")).EnumerateArray());
    }

    [Fact]
    public async Task AgentOfAnotherTeam_Gets403OnTheConversationAndItsActions_SupervisorSeesIt()
    {
        await using var host = await ConsoleWorld.StartAsync();
        var conversation = await ConsoleWorld.OfferToAnaAsync(host);
        using var dani = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("dani"));
        using var supervisor = await SignedInClient.CreateAsync(host, DemoUsers.Supervisor);

        using var detail = await dani.Http.GetAsync($"/api/console/conversations/{conversation.Id}");
        using var transcript = await dani.Http.GetAsync($"/api/console/conversations/{conversation.Id}/transcript");
        using var accept = await dani.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null);
        var queue = await dani.Http.GetFromJsonAsync<JsonElement>("/api/console/queue");
        using var seen = await supervisor.Http.GetAsync($"/api/console/conversations/{conversation.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
        Assert.Equal("application/problem+json", detail.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, transcript.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Empty(queue.GetProperty("offers").EnumerateArray());
        Assert.Empty(queue.GetProperty("queued").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(ConversationHolder.Offered, (await ConsoleWorld.ConversationOfAsync(host, ConsoleWorld.SilvaPhone)).Holder);
    }

    [Fact]
    public async Task TwoAgentsRaceToAcceptAQueuedConversation_ExactlyOneGets200_TheOther409()
    {
        await using var host = await ConsoleWorld.StartAsync();
        var conversation = await ConsoleWorld.OfferToAnaAsync(host);
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        var declined = await ConsoleWorld.JsonAsync(await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/decline", null));
        Assert.Equal("queued", declined.GetProperty("holder").GetString());
        Assert.Equal("sales", declined.GetProperty("team").GetString());
        using var rui = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("rui"));
        using var caio = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("caio"));
        Assert.Single((await rui.Http.GetFromJsonAsync<JsonElement>("/api/console/queue")).GetProperty("queued").EnumerateArray());
        Assert.Empty((await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/queue")).GetProperty("queued").EnumerateArray()); // she let it go

        var answers = await Task.WhenAll(
            rui.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null),
            caio.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var winner = answers[0].StatusCode == HttpStatusCode.OK ? "rui" : "caio";
        var held = await ConsoleWorld.ConversationOfAsync(host, ConsoleWorld.SilvaPhone);
        Assert.Equal(ConversationHolder.Agent, held.Holder);
        Assert.Equal(winner, held.HolderAgentId);
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task AbsentOwner_GetsNoOffer_StatusIsPersistedOnTheAgentRow()
    {
        await using var host = await ConsoleWorld.StartAsync();
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));

        var me = await ConsoleWorld.JsonAsync(await ana.Http.PutAsJsonAsync("/api/console/me/status", new { status = "absent" }));
        using var bad = await ana.Http.PutAsJsonAsync("/api/console/me/status", new { status = "napping" });
        await ConsoleWorld.CustomerSaysAsync(host, ConsoleWorld.SilvaPhone, ConsoleWorld.BuyIntimacao);

        Assert.Equal("absent", me.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("absent", (await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/me")).GetProperty("status").GetString());
        var conversation = await ConsoleWorld.ConversationOfAsync(host, ConsoleWorld.SilvaPhone);
        Assert.NotEqual("ana", conversation.HolderAgentId);
        Assert.Contains(conversation.Holder, new[] { ConversationHolder.Offered, ConversationHolder.Queued });
        Assert.Empty((await ana.Http.GetFromJsonAsync<JsonElement>("/api/console/queue")).GetProperty("offers").EnumerateArray());
    }

    [Fact]
    public async Task SupervisorView_ListsTeamsAgentsQueuesAndChannels_AgentsGet403()
    {
        await using var host = await ConsoleWorld.StartAsync();
        await ConsoleWorld.OfferToAnaAsync(host);
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));
        using var supervisor = await SignedInClient.CreateAsync(host, DemoUsers.Supervisor);

        using var forbidden = await ana.Http.GetAsync("/api/console/supervisor");
        var view = await supervisor.Http.GetFromJsonAsync<JsonElement>("/api/console/supervisor");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var sales = view.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == "sales");
        var anaRow = sales.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("agentId").GetString() == "ana");
        Assert.Equal(1, anaRow.GetProperty("load").GetInt32());
        Assert.Equal(3, anaRow.GetProperty("cap").GetInt32());
        Assert.Equal("ana", view.GetProperty("offersTimingOut")[0].GetProperty("conversation").GetProperty("holderAgentId").GetString());
        Assert.Equal(1, view.GetProperty("perChannel").GetProperty("test").GetInt32());
    }

    [Fact]
    public async Task SignedOutConsoleCall_Gets401_AndAStateChangeWithoutCsrf_Gets400()
    {
        await using var host = await ConsoleWorld.StartAsync();
        var conversation = await ConsoleWorld.OfferToAnaAsync(host);
        using var ana = await SignedInClient.CreateAsync(host, DemoUsers.EmailOf("ana"));

        using var signedOut = await host.Client.GetAsync("/api/console/queue");
        ana.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        using var noCsrf = await ana.Http.PostAsync($"/api/console/conversations/{conversation.Id}/accept", null);

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCsrf.StatusCode);
        Assert.Equal(ConversationHolder.Offered, (await ConsoleWorld.ConversationOfAsync(host, ConsoleWorld.SilvaPhone)).Holder);
    }
}
