namespace ContactCentre.Bot.AgentConsole;

/// <summary>The hub's group names (docs/console-api.md).</summary>
public static class ConsoleGroups
{
    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => $"agent:{agentId}";

    public static string Team(string team) => $"team:{team}";

    public static string Conversation(string conversationId) => $"conversation:{conversationId}";
}
