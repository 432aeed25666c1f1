namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.commission</c>: the commission of a sale closed in a turn.</summary>
public sealed record ScenarioCommissionExpectation
{
    /// <summary><c>to</c>: a declared agent id.</summary>
    public required string To { get; init; }

    /// <summary><c>rule</c>: the rule id that grants the commission, e.g. <c>R9</c>.</summary>
    public required string Rule { get; init; }
}
