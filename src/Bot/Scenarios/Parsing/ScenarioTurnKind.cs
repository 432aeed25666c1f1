namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>What a turn does.</summary>
public enum ScenarioTurnKind
{
    /// <summary>The customer sends a message (<c>say:</c> without <c>agent:</c>).</summary>
    Say,

    /// <summary>The clock advances (<c>wait:</c>).</summary>
    Wait,

    /// <summary>An agent acts (<c>agent:</c> with exactly one action).</summary>
    Agent,
}
