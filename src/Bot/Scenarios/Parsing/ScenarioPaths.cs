namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Expands the PATH arguments of <c>scenarios run</c> into scenario files.</summary>
internal static class ScenarioPaths
{
    /// <summary>Files as given; folders searched recursively for .yaml/.yml (ordinal order); duplicates dropped.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in ExpandOne(path))
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return files.AsReadOnly();
    }

    private static IEnumerable<string> ExpandOne(string path)
    {
        if (File.Exists(path))
        {
            return IsScenarioFile(path)
                ? [path]
                : throw new ScenarioFormatException(path, 0, 0, null, "not a scenario file; expected a .yaml or .yml file or a folder");
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsScenarioFile)
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        throw new ScenarioFormatException(path, 0, 0, null, "no such file or folder");
    }

    private static bool IsScenarioFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";
}
