using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>A key and its value inside a mapping (or an item of a list), with typed readers that fail precisely.</summary>
internal sealed class YamlField(ParseSession session, string key, string path, YamlNode value)
{
    /// <summary>The session (file, zone).</summary>
    public ParseSession Session { get; } = session;

    /// <summary>The key as written (for list items, the list's key).</summary>
    public string Key { get; } = key;

    /// <summary>Dotted path used in messages, e.g. <c>turns[0].expect.reply.contains</c>.</summary>
    public string Path { get; } = path;

    /// <summary>The value node.</summary>
    public YamlNode Value { get; } = value;

    /// <summary>An error at the value naming this field.</summary>
    public ScenarioFormatException Fail(string problem) => Session.Error(Value, Key, $"{Path}: {problem}");

    /// <summary>True for an empty or null plain scalar (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    public bool IsNull => YamlNodes.IsNull(Value);

    /// <summary>The scalar text as written (may be empty).</summary>
    public string Scalar() => Value is YamlScalarNode scalar && !IsNull
        ? scalar.Value ?? string.Empty
        : throw Fail($"expected a text, found {YamlNodes.Describe(Value)}");

    /// <summary>A non-blank text.</summary>
    public string Text()
    {
        var text = Scalar();
        return string.IsNullOrWhiteSpace(text) ? throw Fail("expected a non-empty text") : text;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool Bool() => Scalar().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        var other => throw Fail($"'{other}' is not a boolean; use true or false"),
    };

    /// <summary>Must be <c>true</c> (for flags such as <c>accept: true</c>).</summary>
    public void True()
    {
        if (!Bool())
        {
            throw Fail("must be true (omit the key instead)");
        }
    }

    /// <summary>A whole number of at least 1.</summary>
    public int PositiveInt()
    {
        var text = Scalar();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Fail($"'{text}' is not a positive whole number");
    }

    /// <summary>A non-negative amount with at most two decimals.</summary>
    public decimal Money()
    {
        var text = Scalar();
        return ScenarioValues.TryParseMoney(text, out var amount)
            ? amount
            : throw Fail($"'{text}' is not a valid amount of money; use digits with at most two decimals and a '.', e.g. 49.90");
    }

    /// <summary>A calendar day.</summary>
    public DateOnly Date()
    {
        var text = Scalar();
        return ScenarioValues.TryParseDate(text, Session.Zone, out var date)
            ? date
            : throw Fail($"'{text}' is not a valid ISO 8601 date, e.g. 2026-03-11");
    }

    /// <summary>A date or date-time; without offset it is read in the session's zone.</summary>
    public DateTimeOffset Instant()
    {
        var text = Scalar();
        return ScenarioValues.TryParseInstant(text, Session.Zone, out var instant)
            ? instant
            : throw Fail($"'{text}' is not a valid ISO 8601 date or date-time, e.g. 2026-03-10T10:00:00-03:00 or 2026-03-10");
    }

    /// <summary>A duration such as <c>130s</c>, <c>2m</c>, <c>1h</c>, <c>3d</c>.</summary>
    public TimeSpan Duration()
    {
        var text = Scalar();
        return ScenarioValues.TryParseDuration(text, out var duration)
            ? duration
            : throw Fail($"'{text}' is not a valid duration; use a whole number followed by s, m, h or d, e.g. 130s, 2m, 1h, 3d");
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive), returned lower case.</summary>
    public string OneOf(IReadOnlyList<string> allowed)
    {
        var text = Scalar();
        var lower = text.ToLowerInvariant();
        if (allowed.Contains(lower))
        {
            return lower;
        }

        var suggestion = KeySuggester.Closest(lower, allowed);
        var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        throw Fail($"'{text}' is not allowed; expected one of {string.Join(", ", allowed)}{hint}");
    }

    /// <summary>The value as a mapping whose keys must all be in <paramref name="knownKeys"/>.</summary>
    public YamlMap Map(IReadOnlyList<string> knownKeys, IReadOnlyDictionary<string, string>? hints = null) =>
        Value is YamlMappingNode mapping
            ? new YamlMap(Session, mapping, Path, knownKeys, hints)
            : throw Fail($"expected a mapping, found {YamlNodes.Describe(Value)}");

    /// <summary>The items of a list, each as a field named <c>path[i]</c>; a single scalar counts as a one-item list when allowed.</summary>
    public IReadOnlyList<YamlField> Items(bool allowSingleScalar = false)
    {
        if (Value is YamlSequenceNode sequence)
        {
            return sequence.Children.Select((item, i) => new YamlField(Session, Key, $"{Path}[{i}]", item)).ToList().AsReadOnly();
        }

        if (allowSingleScalar && Value is YamlScalarNode && !IsNull)
        {
            return [this];
        }

        throw Fail($"expected a list, found {YamlNodes.Describe(Value)}");
    }

    /// <summary>A list of non-blank texts (a single text is accepted as a one-item list).</summary>
    public IReadOnlyList<string> TextList() => Items(allowSingleScalar: true).Select(item => item.Text()).ToList().AsReadOnly();

    /// <summary>A list of mappings, each checked against <paramref name="knownKeys"/>.</summary>
    public IReadOnlyList<YamlMap> MapList(IReadOnlyList<string> knownKeys) =>
        Items().Select(item => item.Map(knownKeys)).ToList().AsReadOnly();
}
