using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.Tests.WebChat;

public sealed class DirectLineWireTests
{
    private static DirectLineInbound Read(string json) => DirectLineWire.ReadInbound(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"oi\"", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"text\":\"oi\"}", "'type'")]
    [InlineData("{\"type\":\"message\",\"text\":42}", "'text'")]
    [InlineData("{\"type\":\"message\",\"text\":\"oi\",\"attachments\":{}}", "'attachments'")]
    [InlineData("{\"type\":\"message\",\"text\":\"oi\",\"channelData\":\"x\"}", "'channelData'")]
    [InlineData("{\"type\":\"message\",\"text\":\"oi\",\"channelData\":{\"clientActivityID\":7}}", "clientActivityID")]
    [InlineData("{\"type\":\"message\",\"text\":\"   \"}", "needs 'text' or 'attachments'")]
    public void ReadInbound_Malformed_SaysWhy(string json, string expected)
    {
        var inbound = Read(json);

        Assert.False(inbound.IsValid);
        Assert.Contains(expected, inbound.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Echo_KeepsChannelDataAndSetsTheTokensUser()
    {
        var inbound = Read("""{"type":"message","text":"oi","id":"client-set","from":{"id":"dl_forged","name":"Ana"},"channelData":{"clientActivityID":"c-1","x":1}}""");

        var echo = DirectLineWire.Echo(inbound.Activity!, "conv-1", "dl_real", null);

        Assert.Equal("c-1", inbound.ClientActivityId);
        Assert.Equal("dl_real", (string?)echo["from"]!["id"]);
        Assert.Equal("Ana", (string?)echo["from"]!["name"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("conv-1", (string?)echo["conversation"]!["id"]);
        Assert.Equal("webchat", (string?)echo["channelId"]);
        Assert.Null(echo["id"]);
        Assert.Equal("""{"clientActivityID":"c-1","x":1}""", echo["channelData"]!.ToJsonString());
    }

    [Fact]
    public void ToActivity_IsTheCustomerSpeakingInTheDirectLineConversation()
    {
        var echo = DirectLineWire.Echo(Read("""{"type":"message","text":"oi","locale":"pt-BR","channelData":{"clientActivityID":"c-1"}}""").Activity!, "conv-1", "dl_u", null);

        var activity = DirectLineWire.ToActivity(echo, "conv-1|0000001", DateTimeOffset.UnixEpoch);

        Assert.Equal("conv-1|0000001", activity.Id);
        Assert.Equal("dl_u", activity.From.Id);
        Assert.Equal("conv-1", activity.Conversation.Id);
        Assert.Equal("webchat", activity.ChannelId);
        Assert.Equal("oi", activity.Text);
        Assert.Equal("c-1", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public void FromActivity_AgentReplyWithActions_IsPlainTextFromTheBotSideWithButtons()
    {
        var activity = new Activity
        {
            Id = "a1",
            From = new ChannelAccount("ana", "Ana", "agent"),
            Recipient = new ChannelAccount("dl_u", Role: "user"),
            Conversation = new ConversationAccount("conv-1"),
            ChannelId = "webchat",
            Text = "Linha 1\nLinha 2",
            SuggestedActions = new SuggestedActions([new CardAction("Sim", "sim"), new CardAction("Não", "não")]),
            ReplyToId = "conv-1|0000001",
        };

        var wire = DirectLineWire.FromActivity(activity);

        Assert.Equal("bot", (string?)wire["from"]!["role"]);
        Assert.Equal("Ana", (string?)wire["from"]!["name"]);
        Assert.Equal("plain", (string?)wire["textFormat"]);
        Assert.Equal("Linha 1\nLinha 2", (string?)wire["text"]);
        var actions = wire["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["Sim", "Não"], actions.Select(a => (string?)a!["title"]));
        Assert.Equal("imBack", (string?)actions[0]!["type"]);
        Assert.Equal("conv-1|0000001", (string?)wire["replyToId"]);
    }

    [Fact]
    public void ActivitySet_CarriesStoredJsonAndTheWatermarkAsString()
    {
        var set = DirectLineWire.ActivitySet(["""{"id":"a"}""", """{"id":"b"}"""], 7);

        using var json = JsonDocument.Parse(set);
        Assert.Equal("7", json.RootElement.GetProperty("watermark").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void Timestamp_IsUtcIsoWithMilliseconds()
    {
        Assert.Equal("2026-11-23T12:00:00.123Z", DirectLineWire.Timestamp(new DateTimeOffset(2026, 11, 23, 9, 0, 0, 123, TimeSpan.FromHours(-3))));
    }

    [Fact]
    public void Echo_OfAMessageWithAttachments_KeepsThem()
    {
        var inbound = Read("""{"type":"message","attachments":[{"contentType":"image/png","name":"a.png"}]}""");

        Assert.True(inbound.IsValid);
        Assert.Single(DirectLineWire.Echo(inbound.Activity!, "c", "u", null)["attachments"]!.AsArray());
    }

    [Fact]
    public void ReadInbound_Typing_IsAccepted()
    {
        Assert.True(Read("""{"type":"typing"}""").IsValid);
        Assert.IsType<JsonObject>(Read("""{"type":"event","name":"webchat/join"}""").Activity);
    }
}
