using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>PATH arguments: folders are searched recursively for .yaml/.yml files in ordinal order; a missing path is an error.</summary>
public sealed class ExpandPathsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("scenario-paths-").FullName;

    [Fact]
    public void Folders_expand_recursively_to_yaml_files_in_ordinal_order()
    {
        Touch("b.yaml");
        Touch("a.yml");
        Touch("notes.md");
        Touch(Path.Combine("sub", "Z.yaml"));
        Touch(Path.Combine("sub", "c.YAML"));

        var files = ScenarioParser.ExpandPaths([root]).Select(f => Path.GetRelativePath(root, f));

        Assert.Equal(
            ["a.yml", "b.yaml", Path.Combine("sub", "Z.yaml"), Path.Combine("sub", "c.YAML")],
            files);
    }

    [Fact]
    public void Files_are_kept_in_argument_order_and_named_once()
    {
        var b = Touch("b.yaml");
        var a = Touch("a.yaml");

        Assert.Equal([b, a], ScenarioParser.ExpandPaths([b, a, root]));
    }

    [Fact]
    public void Missing_path_is_an_error_naming_it()
    {
        var missing = Path.Combine(root, "nope");

        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioParser.ExpandPaths([missing]));

        Assert.Equal(missing, error.File);
        Assert.Equal($"{missing}: no such file or folder", error.Message);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "name: x\n");
        return path;
    }
}
