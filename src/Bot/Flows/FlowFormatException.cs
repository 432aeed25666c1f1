namespace ContactCentre.Bot.Flows;

/// <summary>A flow document that cannot be read: where and why.</summary>
public sealed class FlowFormatException(string source, int line, string problem)
    : Exception($"{source}:{line}: {problem}")
{
    public string Document { get; } = source;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
