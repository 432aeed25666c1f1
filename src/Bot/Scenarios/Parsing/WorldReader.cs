using System.Collections.ObjectModel;

namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads <c>world:</c> and indexes its ids for reference checks.</summary>
internal static class WorldReader
{
    private static readonly string[] WorldKeys = ["products", "agents", "customers", "knowledge", "parameters", "holidays"];
    private static readonly string[] KnowledgeKeys = ["examples", "answer"];

    /// <summary>Reads the world (empty when <paramref name="field"/> is null) and the index of its ids.</summary>
    public static (ScenarioWorld World, WorldIndex Index) Read(YamlField? field)
    {
        var index = new WorldIndex();
        if (field is null)
        {
            return (ScenarioWorld.Empty, index);
        }

        var map = field.Map(WorldKeys);

        // Products and agents first: customers refer to them whatever the key order in the file.
        var products = CatalogReader.Products(map.Optional("products"), index);
        var agents = CatalogReader.Agents(map.Optional("agents"), index);
        var world = new ScenarioWorld
        {
            Products = products,
            Agents = agents,
            Customers = CustomerReader.Customers(map.Optional("customers"), index),
            Knowledge = Knowledge(map.Optional("knowledge")),
            Parameters = Parameters(map.Optional("parameters")),
            Holidays = map.Optional("holidays")?.Items(allowSingleScalar: true).Select(item => item.Date()).ToList().AsReadOnly() ?? [],
        };
        return (world, index);
    }

    private static IReadOnlyList<ScenarioKnowledge> Knowledge(YamlField? field) =>
        field is null
            ? []
            : field.MapList(KnowledgeKeys).Select(map =>
            {
                var examples = map.Required("examples");
                var texts = examples.TextList();
                return new ScenarioKnowledge
                {
                    Examples = texts.Count > 0 ? texts : throw examples.Fail("give at least one example"),
                    Answer = map.Required("answer").Text(),
                };
            }).ToList().AsReadOnly();

    private static ReadOnlyDictionary<string, string> Parameters(YamlField? field)
    {
        if (field is null)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        // Parameter names belong to routing-rules.md, not to this contract: any key is accepted.
        if (field.Value is not YamlDotNet.RepresentationModel.YamlMappingNode mapping)
        {
            throw field.Fail($"expected a mapping of KEY: VALUE, found {YamlNodes.Describe(field.Value)}");
        }

        var keys = mapping.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
        var map = field.Map(keys);
        return keys.ToDictionary(key => key, key => map.Required(key).Text(), StringComparer.Ordinal).AsReadOnly();
    }
}
