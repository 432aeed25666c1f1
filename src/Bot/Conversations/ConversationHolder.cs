namespace ContactCentre.Bot.Conversations;

/// <summary>Who holds a conversation: the lifecycle bot → offered(agent) → agent → bot, or → a team queue.</summary>
public enum ConversationHolder
{
    Bot,
    Offered,
    Agent,
    Queued,
    Closed,
}
