using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Small helpers over YamlDotNet's representation model.</summary>
internal static class YamlNodes
{
    /// <summary>True for a plain scalar meaning null in YAML (empty, <c>~</c>, <c>null</c>).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>"a mapping", "a list", "a text" or "nothing", for messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"the text '{scalar.Value}'",
        _ => "an unsupported node",
    };
}
