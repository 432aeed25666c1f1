using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCentre.Bot.Dialogs.Understanding;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Tests.Support;

namespace ContactCentre.Bot.Tests.Flows;

/// <summary>The published JSON Schema describes the documents the parser reads, and the host serves it.</summary>
public sealed class FlowSchemaTests
{
    private static readonly string SchemaFile = Path.Combine(AppContext.BaseDirectory, "wwwroot", "schemas", "flow.schema.json");

    private static JsonDocument Schema() => JsonDocument.Parse(File.ReadAllText(SchemaFile));

    private static JsonObject DefaultFlowAsJson() => (JsonObject)YamlToJson.Convert(EmbeddedFlows.Read("default")!)!;

    private static HashSet<string> Declared(JsonElement schema) => [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Schema_IsDraft2020_12()
    {
        using var schema = Schema();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void DefaultFlowAsJson_ConformsToTheSchema()
    {
        using var schema = Schema();
        using var instance = JsonDocument.Parse(DefaultFlowAsJson().ToJsonString());

        var errors = MiniJsonSchema.Validate(schema.RootElement, instance.RootElement);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void DefaultFlow_EveryKeyItUses_IsDeclaredInTheSchema()
    {
        using var schema = Schema();
        var root = schema.RootElement;
        var defs = root.GetProperty("$defs");
        var flow = DefaultFlowAsJson();

        Assert.Empty(flow.Select(p => p.Key).Except(Declared(root)));
        var nodes = flow["nodes"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Empty(nodes.SelectMany(n => n.Select(p => p.Key)).Distinct().Except(Declared(defs.GetProperty("node"))));
        var conditions = nodes.SelectMany(n => n["conditions"]?.AsArray() ?? []).Select(c => c!.AsObject());
        Assert.Empty(conditions.SelectMany(c => c.Select(p => p.Key)).Distinct().Except(Declared(defs.GetProperty("condition"))));
        if (flow["dates"] is JsonObject dates)
        {
            Assert.Empty(dates.Select(p => p.Key).Except(Declared(root.GetProperty("properties").GetProperty("dates"))));
        }
    }

    /// <summary>The schema and the parser agree: every key the parser reads is declared, and nothing else (unknown keys are errors in both).</summary>
    [Theory]
    [InlineData(typeof(FlowDocument), "")]
    [InlineData(typeof(FlowNode), "node")]
    [InlineData(typeof(FlowCondition), "condition")]
    [InlineData(typeof(FlowDates), "dates")]
    public void Schema_DeclaresExactlyTheKeysTheParserReads(Type type, string where)
    {
        using var schema = Schema();
        var root = schema.RootElement;
        var element = where switch
        {
            "" => root,
            "dates" => root.GetProperty("properties").GetProperty("dates"),
            _ => root.GetProperty("$defs").GetProperty(where),
        };
        var keys = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .ToHashSet();

        Assert.Equal(keys.Order(StringComparer.Ordinal), Declared(element).Order(StringComparer.Ordinal));
        Assert.False(element.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Checker_RejectsAnUndeclaredNodeKey_AndAMissingText()
    {
        using var schema = Schema();
        var flow = DefaultFlowAsJson();
        flow["nodes"]!.AsArray()[0]!.AsObject().Remove("text");
        flow["nodes"]!.AsArray()[0]!.AsObject()["nxt"] = "end";
        using var instance = JsonDocument.Parse(flow.ToJsonString());

        var errors = MiniJsonSchema.Validate(schema.RootElement, instance.RootElement);

        Assert.Contains("$.nodes[0]: 'nxt' is not declared", errors);
        Assert.Contains("$.nodes[0]: missing 'text'", errors);
    }

    [Fact]
    public void DefaultFlowAsJson_IsReadByTheParser_AndValidates()
    {
        var json = DefaultFlowAsJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var flow = FlowParser.Parse(json, "default.flow.json");

        Assert.Equal(FlowParser.LoadEmbedded().Nodes.Count, flow.Nodes.Count);
        Assert.Empty(FlowTestActions.Validate(flow));
    }

    [Fact]
    public async Task Host_ServesTheSchema_AndRunsFlowsFromTheStore()
    {
        await using var host = await TestHost.StartAsync();
        Assert.IsType<DatabaseFlowCatalog>(host.App.Services.GetRequiredService<IFlowCatalog>());
        Assert.Equal(0, (await host.App.Services.GetRequiredService<FlowStore>().ActiveAsync("default"))!.Version);

        var response = await host.Client.GetAsync(new Uri("/schemas/flow.schema.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var file = Schema();
        Assert.True(JsonElement.DeepEquals(file.RootElement, served.RootElement));
    }
}
