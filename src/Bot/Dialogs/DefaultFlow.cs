using ContactCentre.Bot.Dialogs.Understanding;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContactCentre.Bot.Dialogs;

/// <summary>The default pt-BR flow's language: intent examples, number words and reply texts (Flows/default.flow.yaml).</summary>
public sealed class DefaultFlow
{
    public string Name { get; set; } = "default";
    public string Language { get; set; } = "pt-BR";
    public Dictionary<string, List<string>> Intents { get; set; } = [];
    public Dictionary<string, int> Numbers { get; set; } = [];

    /// <summary>Date words (relative days, weekdays, months) for the understanding's date recogniser.</summary>
    public FlowDates Dates { get; set; } = new();

    public Dictionary<string, string> Replies { get; set; } = [];
    public Dictionary<string, string> Teams { get; set; } = [];

    [YamlIgnore]
    public IntentClassifier Classifier { get; private set; } = new([]);

    public string Reply(string key, params (string Name, string Value)[] values)
    {
        var text = Replies.TryGetValue(key, out var template) ? template : throw new KeyNotFoundException($"Flow '{Name}' has no reply '{key}'.");
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static DefaultFlow Load()
    {
        using var stream = typeof(DefaultFlow).Assembly.GetManifestResourceStream("default.flow.yaml")
            ?? throw new InvalidOperationException("The default flow is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static DefaultFlow Parse(string yaml)
    {
        var flow = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<DefaultFlow>(yaml);
        flow.Classifier = new IntentClassifier(flow.Intents.SelectMany(i => i.Value.Select(text => new IntentExample(i.Key, text))));
        return flow;
    }
}
