namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// A scenario file could not be read or does not follow the scenario contract
/// (docs/scenario-format.md). <see cref="Exception.Message"/> reads <c>FILE:LINE:COL: what is wrong</c>
/// (or <c>FILE: what is wrong</c> when there is no position, e.g. a missing path).
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates an exception without position (prefer the positional constructor).</summary>
    public ScenarioFormatException()
        : this("invalid scenario file")
    {
    }

    /// <summary>Creates an exception without position (prefer the positional constructor).</summary>
    /// <param name="message">What is wrong.</param>
    public ScenarioFormatException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates an exception without position (prefer the positional constructor).</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public ScenarioFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    /// <summary>Creates an exception that points at a place in a scenario file.</summary>
    /// <param name="file">The file (or source name) being parsed.</param>
    /// <param name="line">1-based line; 0 when there is no position.</param>
    /// <param name="column">1-based column; 0 when there is no position.</param>
    /// <param name="key">The key at fault (as written in the file), or null.</param>
    /// <param name="problem">What is wrong, without the position prefix.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ScenarioFormatException(string file, int line, int column, string? key, string problem, Exception? innerException = null)
        : base(Format(file, line, column, problem), innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Key = key;
        Problem = problem;
    }

    /// <summary>The file (or source name) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line of the fault; 0 when there is no position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the fault; 0 when there is no position.</summary>
    public int Column { get; }

    /// <summary>The key at fault as written in the file (an unknown, missing or invalid key), or null (e.g. YAML syntax errors).</summary>
    public string? Key { get; }

    /// <summary>What is wrong, without the <c>FILE:LINE:COL:</c> prefix.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, int column, string problem) =>
        line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}";
}
