namespace ContactCentre.Bot.WhatsApp;

/// <summary>The console's view of a WhatsApp conversation's window: free text only while <see cref="Open"/>; templates always.</summary>
public sealed record WhatsAppWindowView(string ConversationId, bool Open, DateTimeOffset? LastInboundAt, DateTimeOffset? ClosesAt, long SecondsLeft,
    IReadOnlyList<WhatsAppTemplateView> Templates);
