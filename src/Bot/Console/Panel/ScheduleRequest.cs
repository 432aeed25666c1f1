namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>
/// <c>POST /api/console/customers/{cid}/schedules</c>: tag (one of the five), product, due date (default: the longest R5
/// allows at creation), owner (an agent id or a team; default the agent creating it), note, and the conversation it came from.
/// </summary>
public sealed record ScheduleRequest(string? Tag, string? ProductCode = null, DateOnly? Due = null, string? Owner = null, string? Note = null, string? ConversationId = null);
