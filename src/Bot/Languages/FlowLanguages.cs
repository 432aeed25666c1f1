using ContactCentre.Bot.Flows;

namespace ContactCentre.Bot.Languages;

/// <summary>
/// Picks the flow a new conversation runs in: the active (published, else shipped) flow of the wanted
/// language; a language no flow speaks gets English, then pt-BR. A flow counts for a language only when its
/// document says so (<c>language:</c>), so a wrongly published <c>default.en</c> in Portuguese is skipped.
/// </summary>
public static class FlowLanguages
{
    public static async Task<CompiledFlow> ChooseAsync(IFlowCatalog flows, string baseFlow, string wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flows);
        foreach (var language in Candidates(wanted))
        {
            var flow = await flows.GetActiveAsync(Language.FlowName(baseFlow, language), cancellationToken);
            if (Language.Normalize(flow.Document.Language) == language)
            {
                return flow;
            }
        }

        return await flows.GetActiveAsync(baseFlow, cancellationToken);
    }

    /// <summary>The wanted language if the bot offers it, then English for languages it does not, then pt-BR.</summary>
    public static IReadOnlyList<string> Candidates(string wanted)
    {
        var normalized = Language.Normalize(wanted) ?? Language.Default;
        var list = new List<string>();
        if (Language.Offered.Contains(normalized))
        {
            list.Add(normalized);
        }
        else
        {
            list.Add(Language.En);
        }

        if (!list.Contains(Language.Default))
        {
            list.Add(Language.Default);
        }

        return list;
    }
}
