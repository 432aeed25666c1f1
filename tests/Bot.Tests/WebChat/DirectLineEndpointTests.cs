using System.Net;
using System.Text;
using System.Text.Json;
using ContactCentre.Bot.Persistence;
using ContactCentre.Bot.Tests.Support;
using ContactCentre.Channels.WebChat;
using Microsoft.EntityFrameworkCore;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>The Direct Line endpoint over plain HTTP: tokens, authorization, echo, watermark, limits, errors.</summary>
[Collection(WebChatCollection.Name)]
public sealed class DirectLineEndpointTests
{
    private const string Secret = "test-directline-secret";

    [Fact]
    public async Task TokensGenerate_WithSecret_GivesConversationScopedTokenCarryingTheUser()
    {
        await using var host = await TestHost.StartAsync($"--Channels:DirectLine:Secret={Secret}");
        var client = new DirectLineTestClient(host.Client);

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret,
            new StringContent("""{"user":{"id":"dl_cliente42","name":"Cliente"}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("token").GetString()!;
        var conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        var check = new DirectLineTokenCodec(Secret).Read(token, DirectLineToken.ConversationAudience, DateTimeOffset.UtcNow);
        Assert.Equal(conversationId, check.Token!.ConversationId);
        Assert.Equal("dl_cliente42", check.Token.UserId);

        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        using var started = JsonDocument.Parse(await start.Content.ReadAsStringAsync());
        Assert.Equal(conversationId, started.RootElement.GetProperty("conversationId").GetString());
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=", started.RootElement.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorization_MissingIs401_WrongSecretForgedOrExpiredIs403_AndATokenOnlyOpensItsOwnConversation()
    {
        await using var host = await TestHost.StartAsync($"--Channels:DirectLine:Secret={Secret}");
        var client = new DirectLineTestClient(host.Client);
        var mine = await client.NewConversationAsync();
        var theirs = await client.NewConversationAsync();
        var codec = new DirectLineTokenCodec(Secret);
        var expired = codec.Issue(new DirectLineToken(mine.ConversationId, mine.UserId, DateTimeOffset.UtcNow.AddMinutes(-1)), DateTimeOffset.UtcNow.AddMinutes(-31));
        var forged = new DirectLineTokenCodec("guessed-secret").Issue(new DirectLineToken(mine.ConversationId, mine.UserId, DateTimeOffset.UtcNow.AddHours(1)), DateTimeOffset.UtcNow);
        var activities = $"/v3/directline/conversations/{mine.ConversationId}/activities";

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, activities, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, activities, forged)).StatusCode);
        using var expiredResponse = await client.SendAsync(HttpMethod.Get, activities, expired);
        Assert.Equal(HttpStatusCode.Forbidden, expiredResponse.StatusCode);
        Assert.Contains("\"TokenExpired\"", await expiredResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostMessageAsync(theirs.ConversationId, mine.Token, "oi", "c-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}", mine.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, activities, mine.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, activities, Secret)).StatusCode);
    }

    [Fact]
    public async Task PostActivity_EchoesWithClientActivityId_RunsTheTurn_AndPollingResumesFromTheWatermark()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, userId) = await client.NewConversationAsync();

        using var posted = await client.PostMessageAsync(conversationId, token, DirectLineTestClient.Question, "client-1");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var echoId = id.RootElement.GetProperty("id").GetString();
        var log = await client.WaitForAsync(conversationId, token, a => a.Any(DirectLineTestClient.IsQuote));
        var echo = log[0];
        Assert.Equal(echoId, echo.GetProperty("id").GetString());
        Assert.Equal("client-1", DirectLineTestClient.ClientActivityId(echo));
        Assert.Equal(userId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.True(DateTimeOffset.TryParse(echo.GetProperty("timestamp").GetString(), out _));
        var quote = log.First(DirectLineTestClient.IsQuote);
        Assert.Equal(echoId, quote.GetProperty("replyToId").GetString());

        var (all, watermark) = await client.GetActivitiesAsync(conversationId, token, "");
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        await client.PostMessageAsync(conversationId, token, "obrigado", "client-2");
        var (later, _) = await client.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Equal("client-2", DirectLineTestClient.ClientActivityId(later[0]));
        Assert.DoesNotContain(later, a => all.Any(b => b.GetProperty("id").GetString() == a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PostActivity_ClientRetryWithTheSameClientActivityId_GetsTheSameIdAndOneTurn()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();

        var ids = new List<string>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var response = await client.PostMessageAsync(conversationId, token, DirectLineTestClient.Question, "same-client-id");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(json.RootElement.GetProperty("id").GetString()!);
        }

        Assert.Single(ids.Distinct());
        var log = await client.WaitForAsync(conversationId, token, a => a.Any(DirectLineTestClient.IsQuote));
        Assert.Single(log, a => DirectLineTestClient.Role(a) == "user");
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        Assert.Equal(1, await db.InboundClaims.CountAsync(c => c.Channel == "webchat"));
        Assert.Single(log, DirectLineTestClient.IsQuote);
    }

    [Fact]
    public async Task PostActivity_MalformedJson_Is400ProblemJsonWithDirectLineErrorCode()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();

        foreach (var body in new[] { """{"type":"message","text":"oi" """, """{"text":"sem tipo"}""", "42" })
        {
            using var response = await client.PostActivityAsync(conversationId, token, body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("BadArgument", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        }

        Assert.Empty((await client.GetActivitiesAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task PostActivity_256KbText_Is413()
    {
        await using var host = await TestHost.StartAsync();
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();

        using var response = await client.PostMessageAsync(conversationId, token, new string('a', 256 * 1024), "big");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await client.GetActivitiesAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task PostActivity_20InOneSecond_429AfterTheConfiguredLimit_AndNoAcceptedMessageIsLost()
    {
        await using var host = await TestHost.StartAsync("--Channels:DirectLine:MaxPostsPerSecond=10");
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.NewConversationAsync();

        // The host runs in this process: enough threads that all 20 reach the limiter within the second on a busy 2-core machine.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        var posts = Enumerable.Range(1, 20).Select(async i =>
        {
            using var response = await client.PostMessageAsync(conversationId, token, $"mensagem {i}", $"burst-{i}");
            return (i, response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Type: response.Content.Headers.ContentType?.MediaType);
        });
        var results = await Task.WhenAll(posts);

        var accepted = results.Where(r => r.StatusCode == HttpStatusCode.OK).Select(r => $"burst-{r.i}").ToHashSet();
        var throttled = results.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(20, accepted.Count + throttled.Count);
        Assert.True(accepted.Count >= 10, $"only {accepted.Count} of 20 accepted: the first 10 must pass");
        Assert.NotEmpty(throttled);
        Assert.All(throttled, t =>
        {
            Assert.True(t.RetryAfter >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/problem+json", t.Type);
        });

        // Every accepted message was logged (echo) and ran its turn (claim); none of the refused ones did.
        var log = (await client.GetActivitiesAsync(conversationId, token)).Activities;
        var echoed = log.Select(DirectLineTestClient.ClientActivityId).OfType<string>().ToHashSet();
        Assert.Equal(accepted, echoed);
        await using var db = host.App.Services.GetRequiredService<StoreFactory>().Create();
        Assert.Equal(accepted.Count, await db.InboundClaims.CountAsync(c => c.Channel == "webchat"));
    }

    [Fact]
    public async Task TokensRefresh_GivesANewTokenForTheSameConversation_ButNotForTheSecret()
    {
        await using var host = await TestHost.StartAsync($"--Channels:DirectLine:Secret={Secret}");
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, userId) = await client.NewConversationAsync();

        using var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        using var json = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync());
        var check = new DirectLineTokenCodec(Secret).Read(json.RootElement.GetProperty("token").GetString(), DirectLineToken.ConversationAudience, DateTimeOffset.UtcNow);
        Assert.Equal((conversationId, userId), (check.Token!.ConversationId, check.Token.UserId));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", Secret)).StatusCode);
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_IsAllowed_BecauseCallsCarryBearerTokensNotCookies()
    {
        await using var host = await TestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/v3/directline/conversations", UriKind.Relative));
        request.Headers.Add("Origin", "https://cliente.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("Authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
    }
}
