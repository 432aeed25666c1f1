namespace ContactCentre.Bot.AgentConsole;

/// <summary>Body of <c>PUT /api/console/me/status</c>.</summary>
public sealed record StatusRequest(string? Status);

/// <summary>Body of <c>POST /api/console/conversations/{id}/messages</c>: text, or a WhatsApp template purpose (text = its variable 1).</summary>
public sealed record MessageRequest(string? Text, string? TemplatePurpose);
