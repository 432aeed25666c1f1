using System.Text.Json;
using ContactCentre.Bot.Conversations;
using ContactCentre.Bot.Runtime;
using ContactCentre.Channels.Abstractions;
using ContactCentre.Channels.WhatsApp;
using ContactCentre.Domain.Campaigns;
using ContactCentre.Domain.Customers;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>A campaign's message for one customer: WhatsApp as its approved template (variables filled), e-mail with its subject.</summary>
public static class CampaignMessage
{
    public static Activity For(Campaign campaign, Conversation conversation, Customer customer, DateTimeOffset now)
    {
        var text = Fill(campaign.Text, customer);
        var activity = ConversationWriter.Outbound(conversation, TurnContext.BotAccount, text, now);
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["campaign"] = campaign.Id.ToString("N") };
        if (campaign.Channel == CampaignChannels.WhatsApp)
        {
            data[WhatsAppChannelData.ContentSid] = campaign.ContentSid!;
            var variables = campaign.ContentVariablesJson is { } json
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(json)!.ToDictionary(v => v.Key, v => Fill(v.Value, customer), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            data[WhatsAppChannelData.ContentVariables] = variables;
        }
        else
        {
            data["subject"] = Fill(campaign.Subject ?? campaign.Name, customer);
        }

        return activity with { ChannelData = JsonSerializer.SerializeToElement(data) };
    }

    private static string Fill(string text, Customer customer) => text.Replace("{customer}", customer.Name, StringComparison.Ordinal);
}
