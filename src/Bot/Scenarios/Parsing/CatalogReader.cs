namespace ContactCentre.Bot.Scenarios.Parsing;

/// <summary>Reads <c>world.products</c> and <c>world.agents</c>.</summary>
internal static class CatalogReader
{
    private static readonly string[] ProductKeys = ["code", "name", "unit", "price", "synonyms"];
    private static readonly string[] AgentKeys = ["id", "name", "team", "status"];

    /// <summary>Reads the product list, registering codes in <paramref name="index"/>.</summary>
    public static IReadOnlyList<ScenarioProduct> Products(YamlField? field, WorldIndex index) =>
        field is null
            ? []
            : field.MapList(ProductKeys).Select(map => new ScenarioProduct
            {
                Code = index.DeclareProduct(map.Required("code")),
                Name = map.Required("name").Text(),
                Unit = map.Optional("unit")?.Text(),
                Price = map.Required("price").Money(),
                Synonyms = map.Optional("synonyms")?.TextList() ?? [],
            }).ToList().AsReadOnly();

    /// <summary>Reads the agent list, registering ids in <paramref name="index"/>.</summary>
    public static IReadOnlyList<ScenarioAgent> Agents(YamlField? field, WorldIndex index) =>
        field is null
            ? []
            : field.MapList(AgentKeys).Select(map =>
            {
                var id = index.DeclareAgent(map.Required("id"));
                return new ScenarioAgent
                {
                    Id = id,
                    Name = map.Optional("name")?.Text() ?? id,
                    Team = map.Required("team").OneOf(ScenarioVocabulary.Teams),
                    Status = map.Optional("status")?.OneOf(ScenarioVocabulary.AgentStatuses) ?? "available",
                };
            }).ToList().AsReadOnly();
}
