namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A conversation test: a world, a clock and the turns of a conversation with their expectations.</summary>
public sealed record Scenario
{
    /// <summary>The scenario name (<c>name:</c>), printed as <c>PASS name</c> / <c>FAIL name: why</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Optional free text (<c>description:</c>, a project extension).</summary>
    public string? Description { get; init; }

    /// <summary>Optional language tag (<c>language:</c>, a project extension), e.g. <c>pt-BR</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The clock at the first turn (<c>now:</c>); a value without offset is read in the configured time zone.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The <c>flow:</c> value as written, or null for the product's active flow.</summary>
    public string? Flow { get; init; }

    /// <summary>
    /// <see cref="Flow"/> resolved as a path relative to the scenario file's folder, or null when no flow is given.
    /// The parser does not check that the file exists.
    /// </summary>
    public string? FlowPath { get; init; }

    /// <summary>The scenario's world (empty when <c>world:</c> is omitted).</summary>
    public required ScenarioWorld World { get; init; }

    /// <summary>The turns, in order (never empty).</summary>
    public required IReadOnlyList<ScenarioTurn> Turns { get; init; }

    /// <summary>The file (or source name) the scenario comes from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>1-based line where the scenario starts.</summary>
    public required int SourceLine { get; init; }
}
