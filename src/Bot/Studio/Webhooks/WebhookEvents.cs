namespace ContactCentre.Bot.Studio.Webhooks;

/// <summary>The events other systems may subscribe to.</summary>
public static class WebhookEvents
{
    public const string ConversationStarted = "conversation.started";
    public const string Handoff = "handoff";
    public const string Quote = "quote";
    public const string Sale = "sale";
    public const string Complaint = "complaint";

    public static IReadOnlyList<string> All { get; } = [ConversationStarted, Handoff, Quote, Sale, Complaint];
}
