namespace ContactCentre.Bot.WhatsApp;

/// <summary>The console's view of a WhatsApp conversation's window: free text only while <see cref="Open"/>; templates always.</summary>
public sealed record WhatsAppWindowView(string ConversationId, bool Open, DateTimeOffset? LastInboundAt, DateTimeOffset? ClosesAt, long SecondsLeft,
    IReadOnlyList<WhatsAppTemplateView> Templates);

/// <summary>One approved template the flow configures: its purpose (outside-window, quick-reply-3, …) and ContentSid.</summary>
public sealed record WhatsAppTemplateView(string Purpose, string ContentSid);
