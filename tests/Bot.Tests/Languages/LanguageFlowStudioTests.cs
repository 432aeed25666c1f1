using ContactCentre.Bot.Studio.Access;
using ContactCentre.Bot.Tests.Studio;

namespace ContactCentre.Bot.Tests.Languages;

/// <summary>The studio sees each language's flow under its own id, before anyone publishes it, and drafts start from the shipped one.</summary>
public sealed class LanguageFlowStudioTests
{
    [Fact]
    public async Task StudioFlowList_ShowsTheShippedLanguageFlows_AndTheirDraftsStartFromTheShippedText()
    {
        await using var api = await StudioApi.StartAsync();
        var client = await api.ClientWithScopesAsync(StudioScopes.Flows);

        var list = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows"));
        var draft = await StudioApi.JsonAsync(await client.GetAsync("/api/studio/flows/default.pt-PT/draft"));

        var names = list.EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(["default", "default.en", "default.pt-PT"], names);
        Assert.Contains("language: pt-PT", draft.GetProperty("content").GetString(), StringComparison.Ordinal);
    }
}
