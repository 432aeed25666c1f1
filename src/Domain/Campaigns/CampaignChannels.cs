namespace ContactCentre.Domain.Campaigns;

/// <summary>The channels a campaign can start a conversation on: both reach customers who never wrote first.</summary>
public static class CampaignChannels
{
    public const string WhatsApp = "whatsapp";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [WhatsApp, Email];
}
