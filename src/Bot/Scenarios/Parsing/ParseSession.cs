using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>The file being parsed and its time zone; makes positioned errors.</summary>
internal sealed class ParseSession(string file, TimeZoneInfo zone)
{
    /// <summary>The file (or source name) named in errors.</summary>
    public string File { get; } = file;

    /// <summary>The zone for dates and times written without offset.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>An error at the start of <paramref name="node"/>.</summary>
    public ScenarioFormatException Error(YamlNode node, string? key, string problem) => Error(node.Start, key, problem);

    /// <summary>An error at <paramref name="mark"/>.</summary>
    public ScenarioFormatException Error(Mark mark, string? key, string problem, Exception? inner = null) =>
        new(File, (int)mark.Line, (int)mark.Column, key, problem, inner);
}
