using ContactCentre.Bot.Flows;

namespace ContactCentre.Bot.Tests.Understanding;

/// <summary>The flow's language sections (intents, numbers, dates) load through the flow parser too.</summary>
public sealed class FlowLanguageTests
{
    [Fact]
    public void EmbeddedDefaultFlow_HasDateWordsAndYesNoIntents()
    {
        var flow = FlowParser.LoadEmbedded();

        Assert.Equal(5, flow.Dates.Weekdays["sexta"]);
        Assert.Equal(1, flow.Dates.Relative["amanhã"]);
        Assert.Contains("yes", flow.Intents.Keys);
        Assert.Contains("no", flow.Intents.Keys);
        Assert.Equal(20, flow.Numbers["vinte"]);
    }
}
