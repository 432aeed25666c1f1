using System.Runtime.CompilerServices;
using ContactCentre.Bot.Scenarios.Parsing;

namespace ContactCentre.Bot.Tests.Scenarios.Parsing;

/// <summary>Helpers shared by the scenario parser tests.</summary>
internal static class ScenarioTestData
{
    /// <summary>The zone the tests parse in.</summary>
    public static TimeZoneInfo SaoPaulo => ScenarioParser.DefaultTimeZone;

    /// <summary>
    /// Full path of a file under Data/: from the test output folder when copied there, else next to this source file.
    /// </summary>
    public static string DataPath(string fileName, [CallerFilePath] string sourceFile = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Parsing", "Data", fileName);
        return File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(sourceFile)!, "Data", fileName);
    }

    /// <summary>Parses inline YAML named <paramref name="sourceName"/>.</summary>
    public static ScenarioDocument Parse(string yaml, string sourceName = "test.yaml") =>
        ScenarioParser.Parse(yaml, sourceName, SaoPaulo);

    /// <summary>Parses inline YAML that must be rejected, and returns the error.</summary>
    public static ScenarioFormatException Rejects(string yaml, string sourceName = "test.yaml") =>
        Assert.Throws<ScenarioFormatException>(() => Parse(yaml, sourceName));
}
