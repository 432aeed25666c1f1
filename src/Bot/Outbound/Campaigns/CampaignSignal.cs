using ContactCentre.Bot.Runtime;

namespace ContactCentre.Bot.Outbound.Campaigns;

/// <summary>Wakes the dispatcher when a campaign is created, scheduled or cancelled.</summary>
public sealed class CampaignSignal : WakeSignal;
