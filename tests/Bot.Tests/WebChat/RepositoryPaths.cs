namespace ContactCentre.Bot.Tests.WebChat;

/// <summary>Where the repository is (the folder holding ContactCentre.sln), found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(Root, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCentre.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ContactCentre.sln not found above {AppContext.BaseDirectory}.");
    }
}
