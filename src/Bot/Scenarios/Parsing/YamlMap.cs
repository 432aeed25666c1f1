using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// A YAML mapping whose keys were checked against the contract: an unknown key fails at once, naming the key
/// and suggesting the closest known one.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, YamlField> fields = new(StringComparer.Ordinal);

    /// <summary>Checks every key of <paramref name="node"/> against <paramref name="knownKeys"/>.</summary>
    /// <param name="session">File and zone.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="path">Dotted path of the mapping ("" for a file's top level).</param>
    /// <param name="knownKeys">Keys the contract allows here.</param>
    /// <param name="hints">Extra advice for keys that belong elsewhere (key → advice).</param>
    public YamlMap(ParseSession session, YamlMappingNode node, string path, IReadOnlyList<string> knownKeys, IReadOnlyDictionary<string, string>? hints = null)
    {
        Session = session;
        Node = node;
        Path = path;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw session.Error(keyNode, null, $"{Where}: a key must be a plain text, found {YamlNodes.Describe(keyNode)}");
            }

            if (!knownKeys.Contains(key))
            {
                throw session.Error(keyNode, key, $"unknown key '{key}' in {Where}; {Advice(key, knownKeys, hints)}");
            }

            fields.Add(key, new YamlField(session, key, Join(path, key), value));
        }
    }

    /// <summary>The session (file, zone).</summary>
    public ParseSession Session { get; }

    /// <summary>The mapping node.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>Dotted path of the mapping ("" for a file's top level).</summary>
    public string Path { get; }

    /// <summary>The 1-based line where the mapping starts.</summary>
    public int Line => (int)Node.Start.Line;

    /// <summary>The path for messages ("the scenario" at top level).</summary>
    public string Where => Path.Length == 0 ? "the scenario" : Path;

    /// <summary>True when <paramref name="key"/> is present with a non-null value.</summary>
    public bool Has(string key) => Optional(key) is not null;

    /// <summary>The field, or null when absent or null (<c>key: ~</c>).</summary>
    public YamlField? Optional(string key) => fields.TryGetValue(key, out var field) && !field.IsNull ? field : null;

    /// <summary>The field; fails when absent or without value.</summary>
    public YamlField Required(string key)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            throw Session.Error(Node, key, $"{Where}: missing required key '{key}'");
        }

        return field.IsNull ? throw field.Fail("a value is required") : field;
    }

    /// <summary>An error at the mapping's start naming <paramref name="key"/>.</summary>
    public ScenarioFormatException Fail(string? key, string problem) => Session.Error(Node, key, $"{Where}: {problem}");

    /// <summary>Joins a path and a key with a dot.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Advice(string key, IReadOnlyList<string> knownKeys, IReadOnlyDictionary<string, string>? hints)
    {
        if (hints is not null && hints.TryGetValue(key, out var hint))
        {
            return hint;
        }

        var suggestion = KeySuggester.Closest(key, knownKeys);
        return suggestion is not null
            ? $"did you mean '{suggestion}'?"
            : $"known keys here: {string.Join(", ", knownKeys)}";
    }
}
