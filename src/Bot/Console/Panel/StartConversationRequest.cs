namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// <c>POST /api/console/conversations</c>: write first to a customer on a channel. <c>text</c> is free text (and template
/// variable 1); <c>templatePurpose</c> names one of the flow's WhatsApp templates, required outside the 24-hour window;
/// <c>scheduleId</c> links the task the conversation comes from.
/// </summary>
public sealed record StartConversationRequest(string? CustomerId, string? Channel, string? Text = null, string? TemplatePurpose = null, string? ScheduleId = null);

/// <summary>The conversation started, held by the agent who started it.</summary>
public sealed record StartedConversation(string Id, string Channel, string CustomerId, string CustomerAddress, string Holder, string? TemplatePurpose, Guid MessageId);
