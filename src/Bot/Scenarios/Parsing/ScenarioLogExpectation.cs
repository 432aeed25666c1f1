namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary><c>expect.logged</c>: the customer record has an interaction with this reason.</summary>
public sealed record ScenarioLogExpectation
{
    /// <summary><c>reason</c>: the interaction's reason.</summary>
    public required string Reason { get; init; }
}
