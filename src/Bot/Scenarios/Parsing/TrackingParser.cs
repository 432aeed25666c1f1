using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// Wraps a YAML parser and remembers where the last good event ended, so that an error YamlDotNet raises
/// without a position can still be reported at a line.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    /// <summary>The end of the last event read successfully (line 1, column 1 before any).</summary>
    public Mark LastGoodEnd { get; private set; } = new(0, 1, 1);

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGoodEnd = current.End;
        }

        return inner.MoveNext();
    }
}
