namespace ContactCentre.Bot.Runtime;

public enum TurnOutcome
{
    /// <summary>Committed: the turn ran (bot answered, or relayed to the agent).</summary>
    Processed,

    /// <summary>The message was claimed before: a provider retry or a concurrent copy. Acknowledge, do nothing.</summary>
    Duplicate,
}
