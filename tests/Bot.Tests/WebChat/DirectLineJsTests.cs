using System.Text.Json;
using ContactCentre.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>
/// The official botframework-directlinejs (npm, unmodified) against our endpoint, over WebSocket and with
/// webSocket:false (polling): start, send, the echo, the bot's quote, token refresh, watermark resume, forged token.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class DirectLineJsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task OfficialDirectLineJs_StartSendQuoteRefreshResumeAndForgedToken(string mode)
    {
        await using var host = await TestHost.StartAsync();
        var (_, token, userId) = await new DirectLineTestClient(host.Client).NewConversationAsync();

        var result = await NodeScripts.RunAsync("directline-protocol.js", host.BaseAddress.ToString().TrimEnd('/'), token, mode);
        output.WriteLine(result.ToString());

        var echo = result.GetProperty("echo");
        Assert.Equal(result.GetProperty("postedId").GetString(), echo.GetProperty("id").GetString());
        Assert.StartsWith($"node-{mode}-", echo.GetProperty("clientActivityID").GetString(), StringComparison.Ordinal);
        Assert.Equal(userId, echo.GetProperty("fromId").GetString());
        Assert.Equal(DirectLineTestClient.Question, echo.GetProperty("text").GetString());
        Assert.Contains("R$ 99,80", result.GetProperty("quote").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(echo.GetProperty("id").GetString(), result.GetProperty("quote").GetProperty("replyToId").GetString());
        Assert.Equal(0, result.GetProperty("duplicates").GetInt32());
        Assert.Equal(mode == "websocket", result.GetProperty("sawTyping").GetBoolean()); // typing is WebSocket-only

        Assert.True(result.GetProperty("refresh").GetProperty("ok").GetBoolean());
        Assert.True(result.GetProperty("refresh").GetProperty("differs").GetBoolean());

        var resume = result.GetProperty("resume");
        Assert.False(resume.GetProperty("sawAnyBeforeWatermark").GetBoolean());
        Assert.NotEqual(0, resume.GetProperty("received").GetArrayLength());

        var forged = result.GetProperty("forged");
        Assert.False(forged.GetProperty("online").GetBoolean());
        Assert.Contains(4, forged.GetProperty("statuses").EnumerateArray().Select(s => s.GetInt32())); // ConnectionStatus.FailedToConnect
    }
}
