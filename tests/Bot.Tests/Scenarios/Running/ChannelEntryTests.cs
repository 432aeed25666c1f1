using System.Text.RegularExpressions;
using ContactCentre.Bot.Scenarios.Running;

namespace ContactCentre.Bot.Tests.Scenarios.Running;

/// <summary>A scenario's customer turn enters through the real channel's wire mapper.</summary>
public sealed class ChannelEntryTests
{
    [Fact]
    public void A_whatsapp_say_turn_arrives_as_Twilio_would_deliver_it()
    {
        var activity = ChannelEntry.For("whatsapp", "+5511987654321", "oi, quero renovar", 0, DateTimeOffset.UnixEpoch);

        Assert.Equal("whatsapp", activity.ChannelId);
        Assert.Equal("+5511987654321", activity.From!.Id);
        Assert.Equal("+5511987654321", activity.Conversation!.Id);
        Assert.Equal("oi, quero renovar", activity.Text);
        Assert.Matches(new Regex("^SM[0-9a-f]{32}$"), activity.Id);
        Assert.NotEqual(activity.Id, ChannelEntry.For("whatsapp", "+5511987654321", "de novo", 1, DateTimeOffset.UnixEpoch).Id);
    }
}
