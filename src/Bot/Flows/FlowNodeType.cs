namespace ContactCentre.Bot.Flows;

/// <summary>The kinds of node a flow is made of.</summary>
public static class FlowNodeType
{
    /// <summary>Sends <c>text</c> (a reply key or literal text), then goes to <c>next</c>.</summary>
    public const string Say = "say";

    /// <summary>Prompts into <c>variable</c>, validating by <c>kind</c>; re-prompts with <c>retry</c>.</summary>
    public const string Ask = "ask";

    /// <summary>Chooses <c>cases[intent]</c> (on: intent) or the first true <c>when</c> (on: condition), else <c>default</c>.</summary>
    public const string Branch = "branch";

    /// <summary>Runs a domain action; its outcome picks <c>outcomes[outcome]</c>, else <c>next</c>.</summary>
    public const string Action = "action";

    /// <summary>Runs another part of the flow from <c>target</c> and comes back to <c>next</c> (the dialog stack).</summary>
    public const string Call = "call";

    /// <summary>Returns to the caller of the current <c>call</c> (or ends the turn if none).</summary>
    public const string Return = "return";

    /// <summary>Ends the turn; the next message starts at the flow's <c>main</c> node.</summary>
    public const string End = "end";

    public static IReadOnlyList<string> All { get; } = [Say, Ask, Branch, Action, Call, Return, End];
}
