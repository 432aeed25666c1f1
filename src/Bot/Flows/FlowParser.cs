using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContactCentre.Bot.Flows;

/// <summary>Reads a flow document from YAML or JSON (JSON is YAML too); unknown keys are errors with their line.</summary>
public static class FlowParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static FlowDocument Parse(string text, string source)
    {
        try
        {
            return Yaml.Deserialize<FlowDocument>(text) ?? throw new FlowFormatException(source, 1, "the document is empty");
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message;
            throw new FlowFormatException(source, (int)e.Start.Line, inner is null ? e.Message : $"{e.Message} {inner}");
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(FlowDocument flow) => JsonSerializer.Serialize(flow, Json);

    public static FlowDocument LoadEmbedded(string name = "default")
    {
        using var stream = typeof(FlowParser).Assembly.GetManifestResourceStream($"{name}.flow.yaml")
            ?? throw new InvalidOperationException($"Flow '{name}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"{name}.flow.yaml");
    }
}
