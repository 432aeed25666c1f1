namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>One turn of a scenario (<c>turns[]</c>).</summary>
public sealed record ScenarioTurn
{
    /// <summary>What the turn does; tells which of the other properties are set.</summary>
    public required ScenarioTurnKind Kind { get; init; }

    /// <summary>0-based position of the turn in <see cref="Scenario.Turns"/>.</summary>
    public required int Index { get; init; }

    /// <summary>1-based line where the turn starts.</summary>
    public required int Line { get; init; }

    /// <summary>The customer's message (<see cref="ScenarioTurnKind.Say"/> only).</summary>
    public string? Say { get; init; }

    /// <summary>
    /// Who sends the customer's message (<see cref="ScenarioTurnKind.Say"/> only): the turn's own <c>from:</c>,
    /// or the previous customer turn's when omitted.
    /// </summary>
    public ScenarioSender? From { get; init; }

    /// <summary>How far the clock advances (<see cref="ScenarioTurnKind.Wait"/> only).</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The declared agent who acts (<see cref="ScenarioTurnKind.Agent"/> only).</summary>
    public string? Agent { get; init; }

    /// <summary>The agent's single action (<see cref="ScenarioTurnKind.Agent"/> only).</summary>
    public ScenarioAgentAction? AgentAction { get; init; }

    /// <summary>What must hold after the turn (<c>expect:</c>); <see cref="ScenarioExpectations.None"/> when omitted.</summary>
    public required ScenarioExpectations Expect { get; init; }
}
