namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>One parsed scenario file: a single scenario, or the list under <c>scenarios:</c>.</summary>
public sealed record ScenarioDocument
{
    /// <summary>The file (or source name) the scenarios were read from.</summary>
    public required string Path { get; init; }

    /// <summary>The scenarios of the file, in file order (never empty).</summary>
    public required IReadOnlyList<Scenario> Scenarios { get; init; }
}
