namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads one scenario mapping (a whole file, or an item of <c>scenarios:</c>).</summary>
internal static class ScenarioReader
{
    /// <summary>Keys of a scenario: the contract's plus the project's <c>description</c> and <c>language</c>.</summary>
    public static readonly string[] ScenarioKeys = ["name", "description", "language", "now", "flow", "world", "turns"];

    /// <summary>Reads a scenario whose keys were already checked against <see cref="ScenarioKeys"/>.</summary>
    public static Scenario Read(YamlMap map)
    {
        var name = map.Required("name").Text();
        var now = map.Required("now").Instant();
        var turns = map.Required("turns");
        var flow = map.Optional("flow")?.Text();
        var (world, index) = WorldReader.Read(map.Optional("world"));
        return new Scenario
        {
            Name = name,
            Description = map.Optional("description")?.Text(),
            Language = map.Optional("language")?.Text(),
            Now = now,
            Flow = flow,
            FlowPath = flow is null ? null : ResolveFlow(map.Session.File, flow),
            World = world,
            Turns = TurnReader.Read(turns, index),
            SourceFile = map.Session.File,
            SourceLine = map.Line,
        };
    }

    private static string ResolveFlow(string scenarioFile, string flow)
    {
        var folder = Path.GetDirectoryName(scenarioFile);
        return Path.GetFullPath(Path.Combine(string.IsNullOrEmpty(folder) ? "." : folder, flow));
    }
}
