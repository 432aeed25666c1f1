namespace ContactCentre.Bot.Runtime;

public enum TranscriptKind
{
    /// <summary>From the customer.</summary>
    Inbound,

    /// <summary>To the customer (bot or agent).</summary>
    Outbound,

    /// <summary>Handoff, routing and lifecycle events.</summary>
    Event,

    /// <summary>An agent's internal note, never sent.</summary>
    Note,
}
