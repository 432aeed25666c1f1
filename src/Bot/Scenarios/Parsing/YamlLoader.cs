using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Loads a scenario file's text into YamlDotNet's representation model, turning YAML errors into positioned ones.</summary>
internal static class YamlLoader
{
    private const string DuplicateKeyPrefix = "Duplicate key ";

    /// <summary>The root node of the file's single YAML document.</summary>
    public static YamlNode LoadRoot(string yaml, ParseSession session)
    {
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e) when (e.Message.StartsWith(DuplicateKeyPrefix, StringComparison.Ordinal))
        {
            var key = e.Message[DuplicateKeyPrefix.Length..];
            throw session.Error(e.Start, key, $"duplicate key '{key}' (a key may appear once per mapping)", e);
        }
        catch (YamlException e)
        {
            throw session.Error(e.Start, null, $"YAML syntax error: {e.Message}", e);
        }
        catch (Exception e) when (e is not ScenarioFormatException)
        {
            // YamlDotNet occasionally fails without a position (e.g. an unclosed '[' followed by more lines).
            throw session.Error(parser.LastGoodEnd, null, "YAML syntax error after this point (is a '[', '{' or quote left open?)", e);
        }

        return stream.Documents.Count switch
        {
            0 => throw session.Error(new Mark(0, 1, 1), null, "the file is empty; expected a scenario (name, now, turns) or a 'scenarios:' list"),
            1 => stream.Documents[0].RootNode,
            _ => throw session.Error(stream.Documents[1].RootNode, null, "a file holds a single YAML document; put several scenarios in a 'scenarios:' list"),
        };
    }
}
