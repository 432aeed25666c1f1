using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>
/// Turns conversation-scenario YAML (docs/scenario-format.md) into an immutable <see cref="ScenarioDocument"/>,
/// or fails with a <see cref="ScenarioFormatException"/> naming file, line, column and key. It never runs anything.
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] RootKeys = [.. ScenarioReader.ScenarioKeys, "scenarios"];

    /// <summary>
    /// The default zone for dates and times written without offset: America/Sao_Paulo
    /// (a fixed UTC-03:00 zone when the system has no time-zone data).
    /// </summary>
    public static TimeZoneInfo DefaultTimeZone { get; } = FindDefaultZone();

    /// <summary>Reads and parses a scenario file in <see cref="DefaultTimeZone"/>.</summary>
    /// <param name="path">The .yaml/.yml file; named as given in errors.</param>
    public static ScenarioDocument ParseFile(string path) => ParseFile(path, DefaultTimeZone);

    /// <summary>Reads and parses a scenario file.</summary>
    /// <param name="path">The .yaml/.yml file; named as given in errors.</param>
    /// <param name="zone">Zone for dates and times written without offset.</param>
    /// <exception cref="ScenarioFormatException">The file cannot be read or is invalid.</exception>
    public static ScenarioDocument ParseFile(string path, TimeZoneInfo zone)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioFormatException(path, 0, 0, null, $"cannot read the file: {e.Message}", e);
        }

        return Parse(yaml, path, zone);
    }

    /// <summary>Parses scenario YAML in <see cref="DefaultTimeZone"/>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="sourceName">The name used in errors and as <see cref="Scenario.SourceFile"/> (a path resolves <c>flow:</c>).</param>
    public static ScenarioDocument Parse(string yaml, string sourceName) => Parse(yaml, sourceName, DefaultTimeZone);

    /// <summary>Parses scenario YAML: one scenario, or a list under <c>scenarios:</c>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="sourceName">The name used in errors and as <see cref="Scenario.SourceFile"/> (a path resolves <c>flow:</c>).</param>
    /// <param name="zone">Zone for dates and times written without offset.</param>
    /// <exception cref="ScenarioFormatException">The text is not valid YAML or breaks the contract.</exception>
    public static ScenarioDocument Parse(string yaml, string sourceName, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(zone);
        var session = new ParseSession(sourceName, zone);
        var root = new YamlField(session, "scenario", string.Empty, YamlLoader.LoadRoot(yaml, session));
        if (root.Value is not YamlMappingNode)
        {
            throw session.Error(root.Value, null, $"expected a scenario (name, now, turns) or a 'scenarios:' list, found {YamlNodes.Describe(root.Value)}");
        }

        var map = root.Map(RootKeys);
        return new ScenarioDocument { Path = sourceName, Scenarios = map.Has("scenarios") ? List(map) : [ScenarioReader.Read(map)] };
    }

    /// <summary>
    /// Expands PATH arguments: files are kept as given, folders are searched recursively for *.yaml/*.yml
    /// (ordinal order within each folder); a file named twice is kept once.
    /// </summary>
    /// <exception cref="ScenarioFormatException">A path does not exist, or names a file that is not .yaml/.yml.</exception>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) => ScenarioPaths.Expand(paths);

    private static IReadOnlyList<Scenario> List(YamlMap root)
    {
        if (ScenarioReader.ScenarioKeys.FirstOrDefault(root.Has) is { } stray)
        {
            throw root.Required(stray).Fail($"'{stray}' cannot sit next to 'scenarios:'; put it inside each scenario of the list");
        }

        var items = root.Required("scenarios").Items();
        if (items.Count == 0)
        {
            throw root.Required("scenarios").Fail("the list is empty; give at least one scenario");
        }

        var scenarios = new List<Scenario>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var map = item.Map(ScenarioReader.ScenarioKeys);
            var scenario = ScenarioReader.Read(map);
            if (!names.TryAdd(scenario.Name, scenario.SourceLine))
            {
                throw map.Required("name").Fail($"duplicate scenario name '{scenario.Name}' (already used on line {names[scenario.Name]})");
            }

            scenarios.Add(scenario);
        }

        return scenarios.AsReadOnly();
    }

    private static TimeZoneInfo FindDefaultZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("America/Sao_Paulo", TimeSpan.FromHours(-3), "America/Sao_Paulo", "BRT");
        }
    }
}
