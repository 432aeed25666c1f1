namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A knowledge-base answer (<c>world.knowledge[]</c>, R16).</summary>
public sealed record ScenarioKnowledge
{
    /// <summary>Example questions (<c>examples:</c>, at least one).</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    /// <summary>The answer text (<c>answer:</c>).</summary>
    public required string Answer { get; init; }
}
