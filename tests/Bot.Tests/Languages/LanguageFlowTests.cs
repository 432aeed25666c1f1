using System.Text.Json;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Flows.Versions;
using ContactCentre.Bot.Tests.Flows;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>The shipped pt-PT and English flows: valid, complete (the pt-BR flow's nodes, intents and replies), each under its own id.</summary>
public sealed class LanguageFlowTests
{
    public static TheoryData<string, string> LanguageFlows => new() { { "default.en", "en" }, { "default.pt-PT", "pt-PT" } };

    private static FlowDocument Load(string name) => FlowParser.LoadEmbedded(name);

    [Theory]
    [MemberData(nameof(LanguageFlows))]
    public void LanguageFlow_IsShippedUnderItsOwnId_AndSpeaksItsLanguage(string name, string language)
    {
        var flow = Load(name);

        Assert.Equal(name, flow.Name);
        Assert.Equal(language, flow.Language);
    }

    [Theory]
    [MemberData(nameof(LanguageFlows))]
    public void LanguageFlow_PassesValidation(string name, string language)
    {
        _ = language;
        var errors = FlowTestActions.Validate(Load(name));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
    }

    [Theory]
    [MemberData(nameof(LanguageFlows))]
    public void LanguageFlow_ConformsToTheSchema(string name, string language)
    {
        _ = language;
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "wwwroot", "schemas", "flow.schema.json")));
        using var instance = JsonDocument.Parse(YamlToJson.Convert(EmbeddedFlows.Read(name)!)!.ToJsonString());

        var errors = MiniJsonSchema.Validate(schema.RootElement, instance.RootElement);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(LanguageFlows))]
    public void LanguageFlow_CoversTheSameNodesIntentsAndRepliesAsPtBr(string name, string language)
    {
        _ = language;
        var portuguese = Load("default");
        var flow = Load(name);

        Assert.Equal(portuguese.Nodes.Select(n => (n.Id, n.Type, n.Action, n.Next)), flow.Nodes.Select(n => (n.Id, n.Type, n.Action, n.Next)));
        Assert.Equal(portuguese.Intents.Keys.Order(), flow.Intents.Keys.Order());
        Assert.Empty(portuguese.Replies.Keys.Except(flow.Replies.Keys));
        Assert.Equal(portuguese.Teams.Keys.Order(), flow.Teams.Keys.Order());
        Assert.Equal(portuguese.Interrupts, flow.Interrupts);
        Assert.All(flow.Intents, intent => Assert.True(intent.Value.Count >= 10, $"{intent.Key} has only {intent.Value.Count} examples"));
    }

    [Theory]
    [MemberData(nameof(LanguageFlows))]
    public void LanguageFlow_HasItsOwnExamples_NotThePtBrOnes(string name, string language)
    {
        _ = language;
        var portuguese = Load("default").Intents.SelectMany(i => i.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var examples = Load(name).Intents.SelectMany(i => i.Value).ToList();

        var shared = examples.Count(portuguese.Contains);

        // English repeats only words both use ("ok", "stop"); European Portuguese says many short sentences exactly as
        // Brazil does ("quero contratar", "vou pensar"), but at least 60 % of its examples are its own.
        var limit = name == "default.en" ? 0.02 : 0.4;
        Assert.True(shared < examples.Count * limit, $"{shared} of {examples.Count} examples are the pt-BR flow's");
    }

    [Fact]
    public void EnglishFlow_ChoicesMapToTheSensitiveFields()
    {
        var field = Load("default.en").Node("sensitive-field")!;

        Assert.All(field.Choices!, choice => Assert.NotNull(ContactCentre.Bot.Dialogs.Actions.SensitiveFields.From(choice)));
        Assert.All(Load("default.pt-PT").Node("sensitive-field")!.Choices!, choice => Assert.NotNull(ContactCentre.Bot.Dialogs.Actions.SensitiveFields.From(choice)));
    }
}
