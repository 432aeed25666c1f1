using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Handoff;
using ContactCentre.Bot.Outbox;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Channels.WebChat;
using ContactCentre.Domain.Agents;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>The WebSocket stream, uploads, agents' replies after a handoff, and what survives a restart.</summary>
[Collection(WebChatCollection.Name)]
public sealed class DirectLineStreamTests
{
    private static async Task<string> StreamUrlAsync(DirectLineTestClient client, string token, string? conversationId = null, string? watermark = null)
    {
        using var response = conversationId is null
            ? await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token)
            : await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("streamUrl").GetString()!;
    }

    [Fact]
    public async Task Stream_PushesEchoTypingAndTheQuote_ThenAReconnectFromTheWatermarkGetsOnlyWhatCameAfter()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();

        await using (var socket = await DirectLineSocket.OpenAsync(await StreamUrlAsync(client, token)))
        {
            await WaitForSubscriberAsync(host, conversationId);
            await client.PostMessageAsync(conversationId, token, DirectLineTestClient.Question, "ws-1");
            var received = await socket.WaitForAsync(r => r.Any(DirectLineTestClient.IsQuote));

            Assert.Equal("ws-1", DirectLineTestClient.ClientActivityId(received[0]));
            Assert.Contains(received, a => a.GetProperty("type").GetString() == "typing");
            var ids = received.Where(a => a.GetProperty("type").GetString() != "typing").Select(a => a.GetProperty("id").GetString()).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        var (log, watermark) = await client.GetActivitiesAsync(conversationId, token);
        await client.PostMessageAsync(conversationId, token, "obrigado", "ws-2");
        await using var resumed = await DirectLineSocket.OpenAsync(await StreamUrlAsync(client, token, conversationId, watermark));
        var after = await resumed.WaitForAsync(r => r.Any(a => DirectLineTestClient.ClientActivityId(a) == "ws-2"));
        Assert.DoesNotContain(after, a => log.Any(b => b.GetProperty("id").GetString() == a.GetProperty("id").GetString()));

        // A page reload starts from the token again: the stream replays the whole conversation.
        await using var reloaded = await DirectLineSocket.OpenAsync(await StreamUrlAsync(client, token));
        await reloaded.WaitForAsync(r => r.Any(DirectLineTestClient.IsQuote) && r.Any(a => DirectLineTestClient.ClientActivityId(a) == "ws-2"));
    }

    [Fact]
    public async Task Stream_WithAForgedOrForeignStreamToken_IsRefused()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var mine = await client.NewConversationAsync();
        var theirs = await client.NewConversationAsync();
        var url = await StreamUrlAsync(client, mine.Token);

        var foreign = url.Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal);
        var forged = url[..^4] + (url.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        foreach (var bad in new[] { foreign, forged, url.Split("?t=")[0] + "?t=" + mine.Token })
        {
            await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => DirectLineSocket.OpenAsync(bad));
        }
    }

    [Fact]
    public async Task AgentReply_AfterAHandoff_ReachesTheOpenPageLive_AndTheBotDoesNotPretendToType()
    {
        await using var host = await TestHost.StartAsync("--Database:SeedDemoData=true");
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, userId) = await client.NewConversationAsync();
        await using var socket = await DirectLineSocket.OpenAsync(await StreamUrlAsync(client, token));
        await WaitForSubscriberAsync(host, conversationId);

        await client.PostMessageAsync(conversationId, token, "quero falar com um atendente", "h-1");
        var stores = host.App.Services.GetRequiredService<StoreFactory>();
        Conversation conversation;
        await using (var db = stores.Create())
        {
            conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Channel == "webchat" && c.CustomerAddress == userId);
            Assert.Equal(conversationId, conversation.ChannelConversationId);
            Assert.Contains(conversation.Holder, new[] { ConversationHolder.Offered, ConversationHolder.Queued });
            var agents = await db.Agents.AsNoTracking().ToListAsync();
            var agent = conversation.Holder == ConversationHolder.Offered
                ? agents.Single(a => a.Id == conversation.HolderAgentId)
                : agents.First(a => a.Team.ToWire() == conversation.HolderTeam && a.Id != conversation.ExcludedAgentId);
            var actions = host.App.Services.GetRequiredService<AgentActions>();
            Assert.True((await actions.AcceptAsync(conversation.Id, agent.Id, CancellationToken.None)).Ok);
            var typingBefore = socket.Received.Count(a => a.GetProperty("type").GetString() == "typing");
            await client.PostMessageAsync(conversationId, token, "alô?", "h-2");
            Assert.True((await actions.SayAsync(conversation.Id, agent.Id, "Olá, aqui é do atendimento humano. Como posso ajudar?", CancellationToken.None)).Ok);

            var received = await socket.WaitForAsync(r => r.Any(a => DirectLineTestClient.Text(a)?.Contains("atendimento humano", StringComparison.Ordinal) == true));
            var reply = received.Last(a => DirectLineTestClient.Text(a)?.Contains("atendimento humano", StringComparison.Ordinal) == true);
            Assert.Equal(agent.Id, reply.GetProperty("from").GetProperty("id").GetString());
            Assert.Equal("bot", DirectLineTestClient.Role(reply));
            Assert.Equal(typingBefore, received.Count(a => a.GetProperty("type").GetString() == "typing"));
        }
    }

    [Fact]
    public async Task Upload_MultipartFromTheClient_EchoLinksTheFile_WhichDownloadsBack()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

        using var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent("""{"type":"message","from":{"id":"x"},"attachments":[{"contentType":"image/png","name":"comprovante.png"}],"channelData":{"clientActivityID":"up-1"}}"""u8.ToArray());
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "comprovante.png");
        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=x", token, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await client.GetActivitiesAsync(conversationId, token)).Activities.Single(a => DirectLineTestClient.ClientActivityId(a) == "up-1");
        var attachment = echo.GetProperty("attachments")[0];
        Assert.Equal("comprovante.png", attachment.GetProperty("name").GetString());
        var url = attachment.GetProperty("contentUrl").GetString()!;
        Assert.StartsWith($"{host.BaseAddress.ToString().TrimEnd('/')}/v3/directline/attachments/", url, StringComparison.Ordinal);
        using var download = await host.Client.GetAsync(new Uri(url));
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());

        var tooBig = new MultipartFormDataContent { { activity, "activity", "blob" }, { new ByteArrayContent(new byte[5 * 1024 * 1024]), "file", "big.bin" } };
        using var refused = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload", token, tooBig);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task Restart_KeepsTheGeneratedSecretAndTheLog_SoTokensAndWatermarksStillWork()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cc-webchat-{Guid.NewGuid():N}.db");
        string conversationId, token, watermark;
        await using (var first = await TestHost.StartAsync($"--Database:ConnectionString=Data Source={file}"))
        {
            var client = new DirectLineTestClient(first.Client);
            (conversationId, token, _) = await client.NewConversationAsync();
            await client.PostMessageAsync(conversationId, token, DirectLineTestClient.Question, "r-1");
            await client.WaitForAsync(conversationId, token, a => a.Any(DirectLineTestClient.IsQuote));
            await using var db = first.App.Services.GetRequiredService<StoreFactory>().Create();
            for (var i = 0; i < 300 && await db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending); i++)
            {
                await Task.Delay(100); // every reply of the turn delivered before the restart
            }

            (_, watermark) = await client.GetActivitiesAsync(conversationId, token);
            Assert.True(await db.Settings.AnyAsync(s => s.Key == "Channels:DirectLine:Secret"));
        }

        await using var second = await TestHost.StartAsync($"--Database:ConnectionString=Data Source={file}");
        var again = new DirectLineTestClient(second.Client);
        var (all, sameWatermark) = await again.GetActivitiesAsync(conversationId, token);
        Assert.Equal(watermark, sameWatermark);
        Assert.Contains(all, DirectLineTestClient.IsQuote);
        Assert.Empty((await again.GetActivitiesAsync(conversationId, token, watermark)).Activities);
    }

    [Fact]
    public async Task Recovery_AMessageEchoedButNeverTurned_IsAnsweredOnce()
    {
        await using var host = await TestHost.StartAsync("--Channels:DirectLine:RecoverAfterSeconds=1");
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, userId) = await client.NewConversationAsync();

        // As after a crash between the echo's commit and the turn's: the echo is logged, pending, with no claim.
        var store = host.App.Services.GetRequiredService<ContactCentre.Bot.WebChat.EfDirectLineStore>();
        var posted = DirectLineWire.ReadInbound("""{"type":"message","text":"quanto custa a intimação para 2 advogados?","channelData":{"clientActivityID":"lost-1"}}"""u8);
        await store.AppendAsync(conversationId, null, "lost-1", DirectLineWire.Echo(posted.Activity!, conversationId, userId, null), pending: true, CancellationToken.None);

        var log = await client.WaitForAsync(conversationId, token, a => a.Any(DirectLineTestClient.IsQuote));
        await Task.Delay(2500); // a few more sweeps: still one answer
        Assert.Single((await client.GetActivitiesAsync(conversationId, token)).Activities, DirectLineTestClient.IsQuote);
        Assert.Equal("lost-1", DirectLineTestClient.ClientActivityId(log[0]));
    }

    private static async Task WaitForSubscriberAsync(TestHost host, string conversationId)
    {
        var streams = host.App.Services.GetRequiredService<DirectLineStreams>();
        for (var i = 0; i < 100 && streams.CountSubscribers(conversationId) == 0; i++)
        {
            await Task.Delay(50);
        }
    }
}
