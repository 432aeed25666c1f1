namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// <c>expect.reply</c>: checks on the bot's replies of a turn (joined; text matches are case- and accent-insensitive).
/// </summary>
public sealed record ScenarioReplyExpectation
{
    /// <summary><c>contains</c>: every string occurs (empty when omitted).</summary>
    public IReadOnlyList<string> Contains { get; init; } = [];

    /// <summary><c>matches</c>: a .NET regular expression (checked to compile) that must match, or null.</summary>
    public string? Matches { get; init; }

    /// <summary><c>not_contains</c>: none of the strings occurs (empty when omitted).</summary>
    public IReadOnlyList<string> NotContains { get; init; } = [];

    /// <summary><c>silent</c>: true when the bot must send nothing, false when it must send something; null unchecked.</summary>
    public bool? Silent { get; init; }
}
