namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The action of an agent turn.</summary>
public enum ScenarioAgentActionKind
{
    /// <summary><c>accept: true</c>: takes the offer or the queued conversation.</summary>
    Accept,

    /// <summary><c>decline: true</c>: refuses the offer (routing falls back as after a timeout).</summary>
    Decline,

    /// <summary><c>say: TEXT</c>: sends a text to the customer's channel.</summary>
    Say,

    /// <summary><c>sell: { product, quantity }</c>: closes a sale.</summary>
    Sell,

    /// <summary><c>close: true</c>: ends the handoff; the conversation returns to the bot.</summary>
    Close,
}
