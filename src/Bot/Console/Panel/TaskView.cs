namespace ContactCentre.Bot.AgentConsole.Panel;

/// <summary>One task: a live schedule the agent owns. <c>State</c> is overdue, today or upcoming; <c>Channels</c> where a conversation can start.</summary>
public sealed record TaskView(string ScheduleId, string CustomerId, string CustomerName, string Tag, string? ProductCode, DateOnly Created, DateOnly Due,
    string State, string Standing, string Why, string? Note, string? ConversationId, bool OptedOut, IReadOnlyList<string> Channels);
