namespace ContactCentre.Bot.WhatsApp;

/// <summary>One approved template the flow configures: its purpose (outside-window, quick-reply-3, …) and ContentSid.</summary>
public sealed record WhatsAppTemplateView(string Purpose, string ContentSid);
