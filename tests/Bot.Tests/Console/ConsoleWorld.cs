using System.Net.Http.Json;
using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Runtime;
using ContactCentre.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.AgentConsole;

/// <summary>The demo world on the real host with the test channel on, and helpers to make customers write.</summary>
internal static class ConsoleWorld
{
    /// <summary>Escritório Silva: a live venda-com-contato schedule for intimação owned by Ana (R6).</summary>
    public const string SilvaPhone = "+5511999990001";
    public const string BuyIntimacao = "quanto custa a intimação para 2 advogados?";

    public static Task<TestHost> StartAsync(params string[] settings) =>
        TestHost.StartAsync(["--Database:SeedDemoData=true", "--Channels:Test:Enabled=true", $"--Channels:Test:Secret={TestChannelClient.Secret}", .. settings]);

    public static async Task CustomerSaysAsync(TestHost host, string from, string text) =>
        Assert.Equal("processed", await TestChannelClient.PostForOutcomeAsync(host.Client, Guid.NewGuid().ToString("N"), from, text));

    public static async Task<Conversation> ConversationOfAsync(TestHost host, string from)
    {
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        return await db.Conversations.AsNoTracking().Where(c => c.CustomerAddress == from && c.ClosedAt == null).OrderByDescending(c => c.StartedAt).FirstAsync();
    }

    /// <summary>Silva asks for intimação: the conversation is offered to Ana (R6).</summary>
    public static async Task<Conversation> OfferToAnaAsync(TestHost host)
    {
        await CustomerSaysAsync(host, SilvaPhone, BuyIntimacao);
        var conversation = await ConversationOfAsync(host, SilvaPhone);
        Assert.Equal(ConversationHolder.Offered, conversation.Holder);
        Assert.Equal("ana", conversation.HolderAgentId);
        return conversation;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
